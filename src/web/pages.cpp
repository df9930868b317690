// The page table: what each address of the web interface shows or does.
// Pages translate between forms and the api layer; the rules live there.
#include "web/account_pages.h"
#include "web/convenio_pages.h"
#include "web/home_page.h"
#include "web/office_pages.h"
#include "web/page.h"
#include "web/programme_pages.h"
#include "web/record_pages.h"
#include "web/session_pages.h"

namespace vincula::web {

const std::vector<Page>& pages() {
    static const std::vector<Page> table = {
        {"GET", "/", false, home},
        {"GET", "/entrar", false, show_sign_in},
        {"POST", "/entrar", false, sign_in},
        {"POST", "/salir", false, sign_out},
        {"GET", "/sesiones", false, session_list},
        {"GET", "/sesiones/calendario", false, session_calendar},
        {"GET", "/sesiones/{key}", false, session_page},
        {"POST", "/sesiones/{key}/asistencia", false, save_roll_call},
        {"POST", "/sesiones/{key}/acuerdos", false, add_agreement},
        {"GET", "/integracion", false, membership_page},
        {"GET", "/integracion/personas/{key}", false, person_page},
        {"GET", "/programa", false, programme_page},
        {"GET", "/seguimiento", false, follow_up_page},
        {"GET", "/convenios", false, convenio_list},
        {"POST", "/convenios/{key}/avances", false, add_progress},
        {"GET", "/convenios/{key+}", false, convenio_page},
        // The review reads every record: the worker pool, not the I/O threads.
        {"GET", "/informe", true, report_page},
        {"POST", "/informe/publicar", false, publish_report},
        {"GET", "/revision", true, review_page},
        {"GET", "/informes", false, home},
        {"GET", "/auditoria", false, audit_page},
        {"GET", "/usuarios", false, users_page},
        {"POST", "/usuarios", false, create_user},
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
