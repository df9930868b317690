#include "domain/naming.h"

#include "lang/names.h"
#include "lang/numbers.h"
#include "lang/plurals.h"
#include "lang/text.h"

namespace vincula::domain {

std::string with_its_article(const Organization& organization, const std::string& name) {
    std::string article = organization.article ? (*organization.article == Article::None
                                                      ? std::string()
                                                      : std::string(to_wire(*organization.article)))
                                               : lang::definite_article_for(organization.name);
    return lang::with_article(article, name);
}

std::string convenio_caption(
    const Convenio& convenio,
    const std::function<const Organization*(const std::string&)>& organizations) {
    if (convenio.title && !convenio.title->empty()) {
        return *convenio.title;
    }
    std::vector<std::string> names;
    for (const auto& key : convenio.counterparts) {
        const auto* organization = organizations(key);
        names.push_back(organization ? with_its_article(*organization, organization->name) : key);
    }
    std::string caption(convenio_type_name(convenio.type));
    return names.empty() ? caption : caption + " con " + lang::join_list(names);
}

std::string_view convenio_type_name(ConvenioType type) {
    switch (type) {
        case ConvenioType::GeneralSupport:
            return "Convenio General de Apoyo y Colaboración";
        case ConvenioType::Support:
            return "Convenio de Apoyo y Colaboración";
        case ConvenioType::Specific:
            return "Convenio Específico";
        case ConvenioType::Framework:
            return "Convenio Marco de Colaboración";
        case ConvenioType::Memorandum:
            return "Memorando de Entendimiento";
        case ConvenioType::Collaboration:
            return "Convenio de Colaboración";
        case ConvenioType::Coordination:
            return "Convenio de Coordinación";
    }
    return "Convenio";
}

std::string_view sector_name(Sector sector) {
    switch (sector) {
        case Sector::Electoral:
            return "organismo electoral";
        case Sector::Government:
            return "dependencia gubernamental";
        case Sector::Borough:
            return "alcaldía";
        case Sector::Academic:
            return "institución académica";
        case Sector::International:
            return "organismo internacional";
        case Sector::CivilSociety:
            return "organización de la sociedad civil";
        case Sector::Private:
            return "empresa privada";
        case Sector::Media:
            return "medio de comunicación";
        case Sector::Party:
            return "partido político";
        case Sector::Union:
            return "sindicato";
    }
    return "organización";
}

lang::Gender sector_gender(Sector sector) {
    switch (sector) {
        case Sector::Government:
        case Sector::Borough:
        case Sector::Academic:
        case Sector::CivilSociety:
        case Sector::Private:
            return lang::Gender::Feminine;
        default:
            return lang::Gender::Masculine;
    }
}

std::string sector_phrase(Sector sector, long count) {
    if (count == 1) {
        return lang::cardinal(1, sector_gender(sector), lang::Position::BeforeNoun) + " " +
               std::string(sector_name(sector));
    }
    return lang::plural(sector_name(sector));
}

std::string_view session_type_word(SessionType type) {
    return type == SessionType::Installation ? "de instalación" : to_wire(type);
}

std::string session_type_plural(SessionType type) {
    switch (type) {
        case SessionType::Installation:
            return "de instalación";
        case SessionType::Urgent:
            return "urgentes";
        case SessionType::Ordinary:
        case SessionType::Extraordinary:
            break;
    }
    return std::string(to_wire(type)) + "s";
}

std::string lowercase_session_name(const Session& session, OrdinalStyleChoice style) {
    if (session.type == SessionType::Installation) {
        return "sesión de instalación";
    }
    if (session.number < 1 || session.number > 999) {
        // Only a record stored before numbers were bounded can get here: it
        // is named plainly rather than failing every page that lists it.
        return "sesión " + std::string(session_type_word(session.type)) + " número " +
               std::to_string(session.number);
    }
    auto ordinal_style = style == OrdinalStyleChoice::Traditional ? lang::OrdinalStyle::Traditional
                                                                  : lang::OrdinalStyle::Compound;
    return lang::ordinal(session.number, lang::Gender::Feminine, ordinal_style,
                         lang::Position::BeforeNoun) +
           " sesión " + std::string(session_type_word(session.type));
}

std::string session_name(const Session& session, OrdinalStyleChoice style) {
    return lang::capitalize_first(lowercase_session_name(session, style));
}

}  // namespace vincula::domain
