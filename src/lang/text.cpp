#include "lang/text.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/stringoptions.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace vincula::lang {
namespace {

const icu::Locale& mexican_spanish() {
    static const icu::Locale locale("es", "MX");
    return locale;
}

icu::UnicodeString to_unicode(std::string_view text) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

const icu::Normalizer2& normalizer(bool decompose) {
    UErrorCode status = U_ZERO_ERROR;
    // ICU owns these singletons and documents them as thread-safe, so unlike a
    // Transliterator they need neither caching per thread nor a mutex.
    const icu::Normalizer2* instance = decompose ? icu::Normalizer2::getNFDInstance(status)
                                                 : icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || instance == nullptr) {
        throw std::runtime_error(std::string("ICU normalizer unavailable: ") + u_errorName(status));
    }
    return *instance;
}

// Case-folds and strips accents the Unicode way: full case folding, then NFD
// so every accent becomes a separate nonspacing mark, then drops those marks.
// «Ruíz» → «ruiz», «AÍDA» → «aida», «pingüino» → «pinguino». «ñ» decomposes to
// n + combining tilde and so also folds to «n»: for duplicate detection a
// missed duplicate costs more than a false candidate, and names often arrive
// without the tilde from forms and keyboards that lack it («Nuñez»/«Nunez»,
// «PENA» for «Peña»); the key only proposes matches, a person decides.
icu::UnicodeString fold(const icu::UnicodeString& text) {
    icu::UnicodeString folded(text);
    folded.foldCase();
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString decomposed = normalizer(true).normalize(folded, status);
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) {
            bare.append(c);
        }
    }
    icu::UnicodeString composed = normalizer(false).normalize(bare, status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU normalization failed: ") + u_errorName(status));
    }
    return composed;
}

bool is_vowel(UChar32 c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// «y» becomes «e» before the sound /i/ written i-, í-, hi-, hí- («Francia e
// Italia», «padres e hijos»), but not when that i opens a diphthong
// («agua y hielo», «cobre y iodo»). Opening quotes and marks such as «¿» do
// not count: the conjunction is decided by what is heard.
std::string_view conjunction_before(std::string_view next) {
    icu::UnicodeString text = to_unicode(next);
    int32_t start = 0;
    while (start < text.length()) {
        UChar32 c = text.char32At(start);
        if (!u_ispunct(c) && !u_isUWhiteSpace(c)) {
            break;
        }
        start = text.moveIndex32(start, 1);
    }
    icu::UnicodeString word = fold(text.tempSubString(start));
    int32_t after_i = 0;
    if (word.startsWith(u"hi")) {
        after_i = 2;
    } else if (word.startsWith(u"i")) {
        after_i = 1;
    } else {
        return "y";
    }
    if (after_i < word.length() && is_vowel(word.char32At(after_i))) {
        return "y";
    }
    return "e";
}

}  // namespace

std::string join_list(const std::vector<std::string>& items) {
    if (items.empty()) {
        return {};
    }
    std::string text = items.front();
    for (size_t i = 1; i + 1 < items.size(); ++i) {
        text += ", ";
        text += items[i];
    }
    if (items.size() > 1) {
        text += ' ';
        text += conjunction_before(items.back());
        text += ' ';
        text += items.back();
    }
    return text;
}

std::string capitalize_first(std::string_view text) {
    icu::UnicodeString unicode = to_unicode(text);
    // Whole-string titlecasing touches only the first letter or digit, skipping
    // leading «¿», «¡» and quotes, and leaves the rest untouched («Décima primera»).
    unicode.toTitle(nullptr, mexican_spanish(),
                    U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_LOWERCASE);
    return to_utf8(unicode);
}

std::string to_upper(std::string_view text) {
    return to_utf8(to_unicode(text).toUpper(mexican_spanish()));
}

std::string to_lower(std::string_view text) {
    return to_utf8(to_unicode(text).toLower(mexican_spanish()));
}

namespace {

// Every run of white space as one space, none at either end.
icu::UnicodeString collapsed(const icu::UnicodeString& source) {
    icu::UnicodeString out;
    bool pending_space = false;
    for (int32_t i = 0; i < source.length(); i = source.moveIndex32(i, 1)) {
        UChar32 c = source.char32At(i);
        if (u_isUWhiteSpace(c)) {
            pending_space = !out.isEmpty();
            continue;
        }
        if (pending_space) {
            out.append(u' ');
            pending_space = false;
        }
        out.append(c);
    }
    return out;
}

}  // namespace

std::string search_key(std::string_view text) {
    return to_utf8(collapsed(fold(to_unicode(text))));
}

namespace {

// Whether `text` is certainly tidy without asking ICU: no space at either
// end, no two in a row, and no byte that starts other white space (tabs and
// line breaks, or the lead byte of U+0085, U+00A0, U+1680, U+2000–U+205F and
// U+3000). Accented letters (lead byte 0xC3) pass: most names take this path.
bool plainly_tidy(std::string_view text) {
    if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) {
        return false;
    }
    char previous = 'x';
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if ((c == ' ' && previous == ' ') || (byte >= 0x09 && byte <= 0x0D) || byte == 0xC2 ||
            byte == 0xE1 || byte == 0xE2 || byte == 0xE3) {
            return false;
        }
        previous = c;
    }
    return true;
}

}  // namespace

std::string tidy_spaces(std::string_view text) {
    if (plainly_tidy(text)) {
        return std::string(text);
    }
    return to_utf8(collapsed(to_unicode(text)));
}

std::string trim_spaces(std::string_view text) {
    icu::UnicodeString source = to_unicode(text);
    int32_t begin = 0;
    int32_t end = source.length();
    while (begin < end && u_isUWhiteSpace(source.char32At(begin))) {
        begin = source.moveIndex32(begin, 1);
    }
    while (end > begin && u_isUWhiteSpace(source.char32At(source.moveIndex32(end, -1)))) {
        end = source.moveIndex32(end, -1);
    }
    return to_utf8(source.tempSubStringBetween(begin, end));
}

}  // namespace vincula::lang
