// The page table: what each address of the web interface shows or does.
// Pages translate between forms and the api layer; the rules live there.
#include "web/account_pages.h"
#include "web/home_page.h"
#include "web/page.h"
#include "web/record_pages.h"

namespace vincula::web {

const std::vector<Page>& pages() {
    static const std::vector<Page> table = {
        {"GET", "/", false, home},
        {"GET", "/entrar", false, show_sign_in},
        {"POST", "/entrar", false, sign_in},
        {"POST", "/salir", false, sign_out},
        {"GET", "/registros", false, records_index},
        {"GET", "/registros/{array}", false, record_list},
        {"POST", "/registros/{array}", false, create_record},
        {"GET", "/registros/{array}/nuevo", false, new_record},
        {"GET", "/registros/{array}/editar/{key+}", false, edit_record},
        {"POST", "/registros/{array}/editar/{key+}", false, change_record},
    };
    return table;
}

}  // namespace vincula::web
