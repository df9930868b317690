#include "http/openapi.h"

#include <string>

#include "domain/dataset.h"
#include "http/record_schemas.h"
#include "http/routes.h"

namespace vincula::http {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

// "/api/v1/{array}/{key+}" -> "/api/v1/{array}/{key}", and its parameters.
std::string openapi_path(std::string_view pattern, nlohmann::ordered_json& parameters) {
    std::string path;
    std::size_t start = 0;
    while (start < pattern.size()) {
        auto open = pattern.find('{', start);
        if (open == std::string_view::npos) {
            path += pattern.substr(start);
            break;
        }
        auto close = pattern.find('}', open);
        path += pattern.substr(start, open - start);
        auto name = std::string(pattern.substr(open + 1, close - open - 1));
        bool rest = name.ends_with("+");
        if (rest) {
            name.pop_back();
        }
        path += "{" + name + "}";
        nlohmann::ordered_json parameter{{"name", name}, {"in", "path"}, {"required", true}};
        if (name == "array") {
            parameter["description"] = "Arreglo del paquete (spec BUNDLE.md)";
            parameter["schema"] = {{"$ref", "#/components/schemas/Arreglo"}};
        } else {
            parameter["description"] =
                rest ? "Clave del registro (un código de acuerdo puede llevar «/»); en arreglos "
                       "sin clave, su número"
                     : "";
            parameter["schema"] = {{"type", "string"}};
        }
        parameters.push_back(parameter);
        start = close + 1;
    }
    return path;
}

nlohmann::ordered_json array_names() {
    nlohmann::ordered_json names = nlohmann::ordered_json::array();
    domain::Dataset empty;
    domain::for_each_array(
        empty, [&](domain::ArrayInfo info, auto&) { names.push_back(std::string(info.name)); });
    return names;
}

nlohmann::ordered_json error_response(const char* description) {
    return {{"description", description},
            {"content",
             {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Errores"}}}}}}}};
}

nlohmann::ordered_json record_choice(const nlohmann::ordered_json& schemas) {
    nlohmann::ordered_json choices = nlohmann::ordered_json::array();
    for (const auto& [name, schema] : schemas.items()) {
        choices.push_back({{"$ref", "#/components/schemas/" + name}});
    }
    return {{"oneOf", choices}};
}

}  // namespace

nlohmann::ordered_json openapi_document() {
    auto schemas = record_schemas();
    nlohmann::ordered_json paths = nlohmann::ordered_json::object();
    for (const auto& route : routes()) {
        nlohmann::ordered_json parameters = nlohmann::ordered_json::array();
        auto path = openapi_path(route.pattern, parameters);
        nlohmann::ordered_json operation{{"summary", route.summary},
                                         {"tags", {route.tag}},
                                         {"operationId", lower(method_name(route.method)) + path},
                                         {"responses",
                                          {{"200", {{"description", "Correcto"}}},
                                           {"400", error_response("Solicitud mal formada")},
                                           {"401", error_response("Requiere iniciar sesión")},
                                           {"403", error_response("El perfil no lo permite")},
                                           {"404", error_response("No existe")}}}};
        if (!parameters.empty()) {
            operation["parameters"] = parameters;
        }
        if (route.max_body > 0) {
            // The record routes take a record of the path's array: one of
            // the record schemas (PATCH: any subset of its fields).
            auto body = route.tag == "registros" ? record_choice(schemas)
                                                 : nlohmann::ordered_json{{"type", "object"}};
            operation["requestBody"] = {{"required", true},
                                        {"content", {{"application/json", {{"schema", body}}}}}};
            operation["responses"]["413"] = error_response("El cuerpo excede el máximo");
            operation["responses"]["422"] = error_response("Datos inválidos: no se guardó nada");
        }
        if (route.method == Method::Delete || route.method == Method::Patch) {
            operation["responses"]["409"] = error_response("Otros registros lo citan");
        }
        paths[path][lower(method_name(route.method))] = operation;
    }
    nlohmann::ordered_json error_item{
        {"type", "object"},
        {"required", {"campo", "regla", "mensaje"}},
        {"properties",
         {{"campo", {{"type", "string"}, {"description", "Campo con el problema"}}},
          {"regla", {{"type", "string"}, {"description", "Identificador estable de la regla"}}},
          {"mensaje", {{"type", "string"}, {"description", "Explicación en español"}}}}}};
    return {
        {"openapi", "3.1.0"},
        {"info",
         {{"title", "Vincula"},
          {"version", "1"},
          {"description",
           "Sesiones, acuerdos, convenios, actividades e informes de la comisión de vinculación "
           "de un instituto electoral. Los recursos son los arreglos del paquete, con sus "
           "nombres de campo."}}},
        {"paths", paths},
        {"components",
         {{"schemas",
           [&] {
               auto all = schemas;
               all["Arreglo"] = {{"type", "string"}, {"enum", array_names()}};
               all["Errores"] = {
                   {"type", "object"},
                   {"properties", {{"errores", {{"type", "array"}, {"items", error_item}}}}}};
               return all;
           }()},
          {"securitySchemes",
           {{"sesion", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "vincula_sesion"}}},
            {"token", {{"type", "http"}, {"scheme", "bearer"}}}}}}},
        {"security",
         {{{"sesion", nlohmann::ordered_json::array()}},
          {{"token", nlohmann::ordered_json::array()}},
          nlohmann::ordered_json::object()}},
    };
}

}  // namespace vincula::http
