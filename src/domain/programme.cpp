#include "domain/programme.h"

namespace vincula::domain {

std::string action_key(const std::string& programme, int line, const std::string& letter) {
    return programme + "/" + std::to_string(line) + "/" + letter;
}

}  // namespace vincula::domain
