#include "domain/programme.h"

namespace vincula::domain {

std::string action_key(const std::string& programme, int line, const std::string& letter) {
    return line_key(programme, line) + "/" + letter;
}

std::string line_key(const std::string& programme, int line) {
    return programme + "/" + std::to_string(line);
}

}  // namespace vincula::domain
