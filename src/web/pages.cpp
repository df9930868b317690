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

// Every page runs on the server's worker pool (http/server.cpp), off the
// threads that answer reads by key.
const std::vector<Page>& pages() {
    static const std::vector<Page> table = {
        {"GET", "/", home},
        {"GET", "/entrar", show_sign_in},
        {"POST", "/entrar", sign_in},
        {"POST", "/salir", sign_out},
        {"GET", "/sesiones", session_list},
        {"GET", "/sesiones/calendario", session_calendar},
        {"GET", "/sesiones/{key}", session_page},
        {"POST", "/sesiones/{key}/asistencia", save_roll_call},
        {"POST", "/sesiones/{key}/acuerdos", add_agreement},
        {"POST", "/sesiones/{key}/observaciones", add_observation},
        {"POST", "/sesiones/{key}/archivos", attach_session_file, FILE_FORM_BODY},
        {"POST", "/sesiones/{key}/minuta-aprobada", freeze_minutes},
        // What transparency law publishes of each commission: open to all.
        {"GET", "/transparencia", transparency_index},
        {"GET", "/transparencia/{commission}", transparency_page},
        {"GET", "/transparencia/{commission}/integracion.csv", transparency_members_csv},
        {"GET", "/transparencia/{commission}/{year}", transparency_page},
        {"GET", "/transparencia/{commission}/{year}/sesiones.csv", transparency_sessions_csv},
        {"GET", "/transparencia/{commission}/{year}/acuerdos.csv", transparency_agreements_csv},
        {"GET", "/integracion", membership_page},
        {"GET", "/integracion/personas/{key}", person_page},
        {"GET", "/programa", programme_page},
        {"GET", "/seguimiento", follow_up_page},
        {"GET", "/acuerdos", agreement_follow_up_page},
        {"GET", "/convenios", convenio_list},
        {"POST", "/convenios/{key}/avances", add_progress},
        {"GET", "/convenios/{key}/acciones", progress_actions_choice},
        {"POST", "/convenios/{key}/archivos", attach_convenio_file, FILE_FORM_BODY},
        {"GET", "/convenios/{key+}", convenio_page},
        {"GET", "/informe", report_page},
        {"GET", "/informe/aprobar", confirm_approval},
        {"POST", "/informe/publicar", publish_report},
        {"POST", "/informe/retirar", withdraw_report},
        {"GET", "/revision", review_page},
        {"GET", "/informes", home},
        {"GET", "/auditoria", audit_page},
        {"GET", "/cuenta", account_page},
        {"POST", "/cuenta/tokens", create_account_token},
        {"POST", "/cuenta/tokens/{id}/revocar", revoke_account_token},
        {"GET", "/usuarios", users_page},
        {"POST", "/usuarios", create_user},
        {"GET", "/usuarios/{id}", user_page},
        {"POST", "/usuarios/{id}", change_user},
        {"POST", "/usuarios/{id}/enlace", send_access_link},
        // A link to choose one's password: open to whoever holds it.
        {"GET", "/bienvenida/{secret}", welcome_page},
        {"POST", "/bienvenida/{secret}", choose_password},
        {"GET", "/registros", records_index},
        {"GET", "/registros/{array}", record_list},
        {"POST", "/registros/{array}", create_record},
        {"GET", "/registros/{array}/nuevo", new_record},
        {"GET", "/registros/{array}/editar/{key+}", edit_record},
        {"POST", "/registros/{array}/editar/{key+}", change_record},
        // Contests: the public's call and registration, staff, jurors.
        {"GET", "/concurso", public_contest},
        {"GET", "/concurso/registrado", entry_received},
        {"GET", "/concurso/estado", entry_status},
        {"GET", "/concurso/confirme-su-correo", check_your_mail},
        {"GET", "/concurso/confirmar/{secret}", confirmation_page},
        {"POST", "/concurso/confirmar/{secret}", confirm_contest_entry, ENTRY_BODY},
        // Each part is written as it arrives (the page's script sends them).
        {"POST", "/concurso/confirmar/{secret}/partes", receive_work_part, PART_BODY, true},
        {"POST", "/concurso/{key}/registro", register_contest_entry},
        {"GET", "/concursos", contest_list},
        {"GET", "/concursos/obras/{entry}/archivo", work_file},
        {"GET", "/concursos/{key}", contest_page},
        {"POST", "/concursos/{key}/publicar", publish_results},
        {"POST", "/concursos/{key}/registros/{entry}/validar", validate_entry},
        {"POST", "/concursos/{key}/registros/{entry}/rechazar", reject_entry},
        {"POST", "/concursos/{key}/registros/{entry}/lugar", record_place},
        {"GET", "/jurado", juror_page},
        {"POST", "/jurado/{entry}", save_juror_scores},
        // Networks and mailings.
        {"GET", "/redes", networks_page},
        {"GET", "/redes/{key}", network_page},
        {"POST", "/redes/{key}/contactos", import_contacts},
        {"GET", "/envios/nuevo", compose_mailing},
        {"POST", "/envios", post_mailing},
        {"GET", "/envios/{id}", mailing_page},
        {"GET", "/envios/{id}/progreso", mailing_progress},
        {"POST", "/envios/{id}/reintentar", retry_mailing},
        {"GET", "/baja", unsubscribe_page},
        {"POST", "/baja", confirm_unsubscribe},
    };
    return table;
}

}  // namespace vincula::web
