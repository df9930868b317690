// The route table. Handlers only translate: path and query to the api
// layer's operations, which hold the rules.
#include "http/routes.h"

#include "api/accounts.h"
#include "api/audit_log.h"
#include "api/bundles.h"
#include "api/minutes_approval.h"
#include "api/publications.h"
#include "api/record_files.h"
#include "api/reports.h"
#include "api/session_paperwork.h"
#include "api/user_accounts.h"
#include "http/openapi.h"

namespace vincula::http {
namespace {

api::Response health(Exchange&) {
    return api::json_response(200, {{"estado", "en_servicio"}});
}

api::Response openapi(Exchange&) {
    return api::json_response(200, openapi_document());
}

api::Response sign_in(Exchange& exchange) {
    return api::sign_in(exchange.database, exchange.caller, exchange.body,
                        exchange.config.secure_cookies);
}

api::Response sign_out(Exchange& exchange) {
    return api::sign_out(exchange.database, exchange.session_cookie,
                         exchange.config.secure_cookies);
}

api::Response who_am_i(Exchange& exchange) {
    return api::who_am_i(exchange.caller);
}

api::Response create_token(Exchange& exchange) {
    return api::create_token(exchange.database, exchange.caller, exchange.body);
}

api::Response list_tokens(Exchange& exchange) {
    return api::list_tokens(exchange.database, exchange.caller);
}

api::Response revoke_token(Exchange& exchange) {
    return api::revoke_token(exchange.database, exchange.caller, exchange.params.at("id"));
}

api::Response list_users(Exchange& exchange) {
    return api::list_users(exchange.database, exchange.caller);
}

api::Response create_user(Exchange& exchange) {
    return api::create_user(exchange.database, exchange.caller, exchange.body);
}

api::Response update_user(Exchange& exchange) {
    return api::update_user(exchange.database, exchange.caller, exchange.params.at("id"),
                            exchange.body);
}

api::Response access_link(Exchange& exchange) {
    return api::access_link(exchange.database, exchange.caller, exchange.params.at("id"));
}

api::Response audit(Exchange& exchange) {
    return api::read_audit(exchange.database, exchange.caller, exchange.query);
}

api::Response import_bundle(Exchange& exchange) {
    return api::import_bundle(exchange.database, exchange.caller, exchange.body);
}

api::Response export_bundle(Exchange& exchange) {
    return api::export_bundle(exchange.database, exchange.caller);
}

api::Response report(Exchange& exchange) {
    return api::report(exchange.database, exchange.caller, exchange.query);
}

api::Response publish(Exchange& exchange) {
    return api::publish(exchange.database, exchange.caller, exchange.body);
}

api::Response withdraw(Exchange& exchange) {
    return api::withdraw(exchange.database, exchange.caller, exchange.body);
}

api::Response publications(Exchange& exchange) {
    return api::list_publications(exchange.database, exchange.caller, exchange.query);
}

api::Response review(Exchange& exchange) {
    return api::review(exchange.database, exchange.caller, exchange.query);
}

api::Response session_document(Exchange& exchange) {
    return api::session_document(exchange.database, exchange.caller, exchange.params.at("key"),
                                 exchange.params.at("kind"), exchange.query);
}

api::Response freeze_minutes(Exchange& exchange) {
    return api::freeze_approved_minutes(exchange.database, exchange.caller,
                                        exchange.params.at("key"));
}

api::Response approved_minutes(Exchange& exchange) {
    return api::approved_minutes(exchange.database, exchange.params.at("key"), exchange.query);
}

api::Response post_file(Exchange& exchange) {
    return api::post_file(exchange.database, exchange.caller, exchange.query, exchange.body);
}

api::Response list_files(Exchange& exchange) {
    return api::list_files(exchange.database, exchange.caller, exchange.query);
}

api::Response file_content(Exchange& exchange) {
    return api::file_content(exchange.database, exchange.caller, exchange.params.at("id"));
}

api::Response list_records(Exchange& exchange) {
    return api::Records(exchange.database)
        .list(exchange.caller, exchange.params.at("array"), exchange.query);
}

api::Response get_record(Exchange& exchange) {
    return api::Records(exchange.database)
        .get(exchange.caller, exchange.params.at("array"), exchange.params.at("key"));
}

api::Response create_record(Exchange& exchange) {
    return api::Records(exchange.database)
        .create(exchange.caller, exchange.params.at("array"), exchange.body);
}

api::Response patch_record(Exchange& exchange) {
    return api::Records(exchange.database)
        .patch(exchange.caller, exchange.params.at("array"), exchange.params.at("key"),
               exchange.body, exchange.if_match);
}

api::Response delete_record(Exchange& exchange) {
    return api::Records(exchange.database)
        .remove(exchange.caller, exchange.params.at("array"), exchange.params.at("key"),
                exchange.if_match);
}

}  // namespace

const std::vector<Route>& routes() {
    // Literal paths before the generic /{array} routes: the first match wins.
    static const std::vector<Route> table = {
        {Method::Get, "/api/v1/salud", "Estado del servicio (sin base de datos)", "servicio",
         Work::Quick, 0, health},
        {Method::Get, "/api/v1/openapi.json", "Este documento OpenAPI", "servicio", Work::Quick, 0,
         openapi},
        // Argon2 runs on the worker pool: a flood of sign-ins never holds up
        // the I/O threads that answer everyone else.
        {Method::Post, "/api/v1/sesion", "Iniciar sesión (correo y contraseña)", "cuentas",
         Work::Long, SMALL_BODY, sign_in},
        {Method::Get, "/api/v1/sesion", "Usuario de la sesión actual", "cuentas", Work::Quick, 0,
         who_am_i},
        {Method::Delete, "/api/v1/sesion", "Cerrar sesión", "cuentas", Work::Quick, 0, sign_out},
        {Method::Post, "/api/v1/tokens",
         "Crear un token de API para el usuario (vigencia opcional en días)", "cuentas",
         Work::Quick, SMALL_BODY, create_token},
        {Method::Get, "/api/v1/tokens",
         "Tokens de API del usuario (administradores: todos), sin su secreto", "cuentas",
         Work::Quick, 0, list_tokens},
        {Method::Delete, "/api/v1/tokens/{id}", "Revocar un token de API al instante", "cuentas",
         Work::Quick, 0, revoke_token},
        {Method::Get, "/api/v1/users", "Usuarios (administradores)", "cuentas", Work::Quick, 0,
         list_users},
        {Method::Post, "/api/v1/users",
         "Crear un usuario (administradores); sin contraseña, la elige desde un enlace", "cuentas",
         Work::Long, SMALL_BODY, create_user},
        {Method::Patch, "/api/v1/users/{id}",
         "Cambiar nombre, rol, área, jurado o si la cuenta está activa (administradores)",
         "cuentas", Work::Quick, SMALL_BODY, update_user},
        {Method::Post, "/api/v1/users/{id}/enlace",
         "Enlace para que el usuario elija su contraseña: vale una semana y una vez "
         "(administradores)",
         "cuentas", Work::Quick, 0, access_link},
        {Method::Get, "/api/v1/audit", "Historial de cambios", "auditoría", Work::Quick, 0, audit},
        {Method::Post, "/api/v1/import", "Importar un paquete completo (administradores)",
         "paquetes", Work::Long, BUNDLE_BODY, import_bundle},
        {Method::Get, "/api/v1/export", "Exportar todo como paquete (administradores)", "paquetes",
         Work::Long, 0, export_bundle},
        {Method::Get, "/api/v1/reports", "Informe de una comisión para un periodo", "informes",
         Work::Long, 0, report},
        {Method::Get, "/api/v1/reports/publications",
         "Informes aprobados para publicación (públicos)", "informes", Work::Quick, 0,
         publications},
        {Method::Post, "/api/v1/reports/publications",
         "Aprobar una versión del informe de un periodo para su publicación (consejería)",
         "informes", Work::Long, SMALL_BODY, publish},
        {Method::Post, "/api/v1/reports/withdrawals",
         "Retirar la publicación del informe de un periodo, con su motivo (consejería)", "informes",
         Work::Quick, SMALL_BODY, withdraw},
        {Method::Get, "/api/v1/checks", "Revisión de consistencia de un periodo", "informes",
         Work::Long, 0, review},
        {Method::Get, "/api/v1/sessions/{key}/documents/{kind}",
         "Convocatoria, orden del día o minuta de una sesión (md, html, pdf, docx)", "informes",
         Work::Long, 0, session_document},
        {Method::Post, "/api/v1/sessions/{key}/minutes/approval",
         "Guardar en el expediente la minuta aprobada (PDF, DOCX y Markdown)", "expediente",
         Work::Long, SMALL_BODY, freeze_minutes},
        // Public: an approved minuta is read by anyone (transparency law).
        {Method::Get, "/api/v1/sessions/{key}/minutes",
         "Minuta aprobada de una sesión, tal como se aprobó (pdf, docx, md)", "informes",
         Work::Long, 0, approved_minutes},
        {Method::Get, "/api/v1/files", "Archivos del expediente de un registro", "expediente",
         Work::Quick, 0, list_files},
        // The bytes arrive whole: a file of the record is at most 4 MiB.
        {Method::Post, "/api/v1/files",
         "Guardar un archivo en el expediente de un registro (nueva versión si el nombre existe)",
         "expediente", Work::Long, FILE_BODY, post_file},
        {Method::Get, "/api/v1/files/{id}", "Un archivo del expediente", "expediente", Work::Quick,
         0, file_content},
        {Method::Get, "/api/v1/{array}", "Listar registros (filtros, orden y páginas)", "registros",
         Work::Quick, 0, list_records},
        {Method::Post, "/api/v1/{array}", "Crear un registro", "registros", Work::Quick, SMALL_BODY,
         create_record},
        {Method::Get, "/api/v1/{array}/{key+}", "Un registro por su clave", "registros",
         Work::Quick, 0, get_record},
        {Method::Patch, "/api/v1/{array}/{key+}", "Modificar campos de un registro", "registros",
         Work::Quick, SMALL_BODY, patch_record},
        {Method::Delete, "/api/v1/{array}/{key+}", "Eliminar un registro", "registros", Work::Quick,
         0, delete_record},
    };
    return table;
}

}  // namespace vincula::http
