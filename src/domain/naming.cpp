#include "domain/naming.h"

#include "lang/numbers.h"
#include "lang/text.h"

namespace vincula::domain {

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

std::string_view session_type_word(SessionType type) {
    return to_wire(type);
}

std::string lowercase_session_name(const Session& session, OrdinalStyleChoice style) {
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
