#include "web/page.h"

#include <algorithm>
#include <array>

#include "api/permissions.h"
#include "web/labels.h"
#include "web/view.h"

namespace vincula::web {
namespace {

constexpr std::string_view HTML_TYPE = "text/html; charset=utf-8";

// What a notice code says (a URL carries the code, never the words).
constexpr auto NOTICES = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"guardado", "Se guardó el registro."},
    {"eliminado", "Se eliminó el registro."},
    {"archivo", "Se guardó el archivo en el expediente."},
    {"observacion", "Se registró la observación a la minuta."},
    {"minuta", "La minuta aprobada quedó guardada en el expediente, tal como se aprobó."},
    {"publicado", "El informe quedó aprobado para su publicación: el público lee esta versión."},
    {"sin_cambios", "El informe no cambió desde la versión aprobada: sigue publicada la misma."},
    {"retirado", "Se retiró la publicación del informe; el motivo quedó en el historial."},
    {"usuario", "Se creó la cuenta. Comunique la contraseña a su titular por un medio seguro."},
    {"token_revocado", "Se revocó el token: ya no abre la API."},
    {"cuenta", "Se guardaron los cambios de la cuenta."},
    {"contrasena", "Su contraseña quedó guardada. Ya puede entrar con su correo y ella."},
    {"entrada", "Sesión iniciada."},
    {"salida", "Sesión cerrada."},
});

struct NavItem {
    std::string_view href;
    std::string_view label;
};

// The sections a caller's role works in (docs/roles.md).
std::vector<NavItem> navigation(const api::Caller& caller) {
    using domain::Role;
    if (caller.is_public()) {
        return {{"/", "Inicio"},
                {"/transparencia", "Sesiones y acuerdos"},
                {"/convenios", "Convenios"},
                {"/informes", "Informes"},
                {"/concurso", "Concurso"}};
    }
    std::vector<NavItem> items{{"/", "Inicio"}};
    auto role = caller.user->role;
    if (role != Role::Area && role != Role::Juror) {
        items.push_back({"/sesiones", "Sesiones"});
        items.push_back({"/integracion", "Integración"});
        items.push_back({"/programa", "Programa anual"});
        items.push_back({"/seguimiento", "Seguimiento"});
    }
    if (role != Role::Juror) {
        items.push_back({"/acuerdos", "Acuerdos"});
        items.push_back({"/convenios", "Convenios"});
    }
    if (api::may_read_reports(caller)) {
        items.push_back({"/informe", "Informe"});
        items.push_back({"/revision", "Revisión"});
    }
    if (api::may_read_audit(caller)) {
        items.push_back({"/auditoria", "Auditoría"});
    }
    if (role == Role::Administrator || role == Role::Capturist) {
        items.push_back({"/concursos", "Concursos"});
        items.push_back({"/redes", "Redes"});
        items.push_back({"/registros", "Registros"});
    }
    if (role == Role::Juror) {
        items.push_back({"/jurado", "Obras por calificar"});
    }
    if (api::is_administrator(caller)) {
        items.push_back({"/usuarios", "Usuarios"});
    }
    return items;
}

bool is_current(std::string_view href, std::string_view target) {
    auto path = target.substr(0, target.find('?'));
    if (href == "/") {
        return path == "/";
    }
    return path == href ||
           (path.starts_with(href) && path.size() > href.size() && path[href.size()] == '/');
}

api::Response html(int status, std::string body) {
    api::Response response;
    response.status = status;
    response.content_type = std::string(HTML_TYPE);
    response.body = std::move(body);
    // Pages load only what our own server serves; no page may be framed by
    // another site.
    response.headers.emplace_back(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'");
    response.headers.emplace_back("Referrer-Policy", "same-origin");
    return response;
}

}  // namespace

std::string Request::query_value(std::string_view name) const {
    for (const auto& [field, value] : query) {
        if (field == name) {
            return value;
        }
    }
    return {};
}

std::string Request::form_value(std::string_view name) const {
    for (const auto& [field, value] : form) {
        if (field == name) {
            return value;
        }
    }
    return {};
}

std::vector<std::string> Request::form_values(std::string_view name) const {
    std::vector<std::string> values;
    for (const auto& [field, value] : form) {
        if (field == name) {
            values.push_back(value);
        }
    }
    return values;
}

api::Response html_page(const Request& request, std::string_view title,
                        std::string_view template_name, const nlohmann::json& data, int status) {
    nlohmann::json layout;
    layout["title"] = std::string(title);
    layout["content"] = render(template_name, data);
    nlohmann::json nav = nlohmann::json::array();
    for (const auto& item : navigation(request.caller)) {
        nav.push_back({{"href", std::string(item.href)},
                       {"label", std::string(item.label)},
                       {"current", is_current(item.href, request.path)}});
    }
    layout["has_nav"] = !nav.empty();
    layout["nav"] = std::move(nav);
    if (request.caller.user) {
        layout["user"] = {{"email", request.caller.user->email},
                          {"role", enum_label(domain::to_wire(request.caller.user->role))}};
    }
    auto notice = request.query_value("aviso");
    for (const auto& [code, words] : NOTICES) {
        if (code == notice) {
            layout["notice"] = std::string(words);
        }
    }
    layout["charts"] = data.value("charts", false);
    return html(status, render("layout", layout));
}

api::Response html_fragment(std::string_view template_name, const nlohmann::json& data,
                            int status) {
    return html(status, render(template_name, data));
}

api::Response redirect(std::string location) {
    api::Response response;
    response.status = 303;
    response.content_type.clear();
    response.headers.emplace_back("Location", std::move(location));
    return response;
}

api::Response refusal(const Request& request, int status) {
    if (status == 401) {
        return redirect("/entrar?volver=" + url_encode(request.path));
    }
    return html_page(request, "Sin permiso", "refusal", nlohmann::json::object(), 403);
}

std::string with_notice(std::string location, std::string_view notice) {
    // A part of the page («#acuerdos») stays at the end, where it belongs.
    std::string fragment;
    if (auto hash = location.find('#'); hash != std::string::npos) {
        fragment = location.substr(hash);
        location.erase(hash);
    }
    location += location.find('?') == std::string::npos ? "?aviso=" : "&aviso=";
    location += notice;
    return location + fragment;
}

std::string local_path(const std::string& target) {
    // Browsers drop tabs and line breaks from an address and read «\» as
    // «/»: «/\t/otro.sitio» would become «//otro.sitio», another site. A
    // local path has none of them, nor any space or control character.
    bool plain = std::none_of(target.begin(), target.end(), [](unsigned char character) {
        return character <= 0x20 || character == 0x7f || character == '\\';
    });
    bool local = plain && target.starts_with("/") && !target.starts_with("//");
    return local ? target : std::string();
}

std::string url_encode(std::string_view text) {
    static constexpr char HEX[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char character : text) {
        if (std::isalnum(character) || character == '-' || character == '_' || character == '.' ||
            character == '~') {
            out += static_cast<char>(character);
        } else {
            out += '%';
            out += HEX[character >> 4];
            out += HEX[character & 15];
        }
    }
    return out;
}

}  // namespace vincula::web
