// The page table: what each address of the web interface shows or does.
// Pages translate between forms and the api layer; the rules live there.
#include "web/account_pages.h"
#include "web/contest_pages.h"
#include "web/convenio_pages.h"
#include "web/follow_up_pages.h"
#include "web/home_page.h"
#include "web/mailing_pages.h"
#include "web/office_pages.h"
#include "web/page.h"
#include "web/programme_pages.h"
#include "web/record_pages.h"
#include "web/report_pages.h"
#include "web/session_pages.h"
#include "web/token_pages.h"
#include "web/transparency_pages.h"
#include "web/user_pages.h"

namespace vincula::web {

const std::vector<Page>& pages() {
    static const std::vector<Page> table = {
        {"GET", "/", false, home},
        {"GET", "/entrar", false, show_sign_in},
        // Argon2: on the worker pool, two at a time (auth/credentials.cpp).
        {"POST", "/entrar", true, sign_in},
        {"POST", "/salir", false, sign_out},
        {"GET", "/sesiones", false, session_list},
        {"GET", "/sesiones/calendario", false, session_calendar},
        {"GET", "/sesiones/{key}", false, session_page},
        {"POST", "/sesiones/{key}/asistencia", false, save_roll_call},
        {"POST", "/sesiones/{key}/acuerdos", false, add_agreement},
        {"POST", "/sesiones/{key}/observaciones", false, add_observation},
        // A file of the record is up to 4 MiB: parsed and kept on the worker pool.
        {"POST", "/sesiones/{key}/archivos", true, attach_session_file, FILE_FORM_BODY},
        // Renders the minuta in three formats: the worker pool.
        {"POST", "/sesiones/{key}/minuta-aprobada", true, freeze_minutes},
        // What transparency law publishes of each commission: open to all.
        {"GET", "/transparencia", false, transparency_index},
        {"GET", "/transparencia/{commission}", false, transparency_page},
        {"GET", "/transparencia/{commission}/integracion.csv", false, transparency_members_csv},
        {"GET", "/transparencia/{commission}/{year}", false, transparency_page},
        {"GET", "/transparencia/{commission}/{year}/sesiones.csv", false,
         transparency_sessions_csv},
        {"GET", "/transparencia/{commission}/{year}/acuerdos.csv", false,
         transparency_agreements_csv},
        {"GET", "/integracion", false, membership_page},
        {"GET", "/integracion/personas/{key}", false, person_page},
        {"GET", "/programa", false, programme_page},
        {"GET", "/seguimiento", false, follow_up_page},
        {"GET", "/acuerdos", false, agreement_follow_up_page},
        {"GET", "/convenios", false, convenio_list},
        {"POST", "/convenios/{key}/avances", false, add_progress},
        {"POST", "/convenios/{key}/archivos", true, attach_convenio_file, FILE_FORM_BODY},
        {"GET", "/convenios/{key+}", false, convenio_page},
        // The review reads every record: the worker pool, not the I/O threads.
        {"GET", "/informe", true, report_page},
        {"GET", "/informe/aprobar", true, confirm_approval},
        // Approving renders every format (the PDF takes seconds).
        {"POST", "/informe/publicar", true, publish_report},
        {"POST", "/informe/retirar", false, withdraw_report},
        {"GET", "/revision", true, review_page},
        {"GET", "/informes", false, home},
        {"GET", "/auditoria", false, audit_page},
        {"GET", "/cuenta", false, account_page},
        {"POST", "/cuenta/tokens", false, create_account_token},
        {"POST", "/cuenta/tokens/{id}/revocar", false, revoke_account_token},
        {"GET", "/usuarios", false, users_page},
        // Argon2 and, when inviting, the mail server: the worker pool.
        {"POST", "/usuarios", true, create_user},
        {"GET", "/usuarios/{id}", false, user_page},
        {"POST", "/usuarios/{id}", false, change_user},
        {"POST", "/usuarios/{id}/enlace", true, send_access_link},
        // A link to choose one's password: open to whoever holds it.
        {"GET", "/bienvenida/{secret}", false, welcome_page},
        {"POST", "/bienvenida/{secret}", true, choose_password},
        {"GET", "/registros", false, records_index},
        {"GET", "/registros/{array}", false, record_list},
        {"POST", "/registros/{array}", false, create_record},
        {"GET", "/registros/{array}/nuevo", false, new_record},
        {"GET", "/registros/{array}/editar/{key+}", false, edit_record},
        {"POST", "/registros/{array}/editar/{key+}", false, change_record},
        // Contests: the public's call and registration, staff, jurors.
        {"GET", "/concurso", false, public_contest},
        {"GET", "/concurso/registrado", false, entry_received},
        {"GET", "/concurso/estado", false, entry_status},
        {"GET", "/concurso/confirme-su-correo", false, check_your_mail},
        {"GET", "/concurso/confirmar/{secret}", false, confirmation_page},
        // A work's file is megabytes: parsed and stored on the worker pool.
        {"POST", "/concurso/confirmar/{secret}", true, confirm_contest_entry, ENTRY_BODY},
        // Each part is written as it arrives (the page's script sends them).
        {"POST", "/concurso/confirmar/{secret}/partes", false, receive_work_part, PART_BODY, true},
        {"POST", "/concurso/{key}/registro", true, register_contest_entry},
        {"GET", "/concursos", false, contest_list},
        {"GET", "/concursos/obras/{entry}/archivo", false, work_file},
        {"GET", "/concursos/{key}", false, contest_page},
        {"POST", "/concursos/{key}/publicar", false, publish_results},
        {"POST", "/concursos/{key}/registros/{entry}/validar", false, validate_entry},
        {"POST", "/concursos/{key}/registros/{entry}/rechazar", false, reject_entry},
        {"POST", "/concursos/{key}/registros/{entry}/lugar", false, record_place},
        {"GET", "/jurado", false, juror_page},
        {"POST", "/jurado/{entry}", false, save_juror_scores},
        // Networks and mailings.
        {"GET", "/redes", false, networks_page},
        {"GET", "/redes/{key}", false, network_page},
        {"POST", "/redes/{key}/contactos", false, import_contacts},
        {"GET", "/envios/nuevo", false, compose_mailing},
        {"POST", "/envios", false, post_mailing},
        {"GET", "/envios/{id}", false, mailing_page},
        {"GET", "/envios/{id}/progreso", false, mailing_progress},
        {"POST", "/envios/{id}/reintentar", false, retry_mailing},
        {"GET", "/baja", false, unsubscribe_page},
        {"POST", "/baja", false, confirm_unsubscribe},
    };
    return table;
}

}  // namespace vincula::web
