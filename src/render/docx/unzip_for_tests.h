#pragma once

// Test-only: the parts of a .docx read back with libzip, for the sibling
// tests that inspect the package. Not part of the library.
#include <gtest/gtest.h>
#include <zip.h>

#include <map>
#include <string>

namespace vincula::render::docx {

using Parts = std::map<std::string, std::string>;

inline Parts unzip(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    EXPECT_NE(archive, nullptr) << zip_error_strerror(&error);
    Parts parts;
    if (archive == nullptr) {
        zip_source_free(source);
        return parts;
    }
    for (zip_int64_t index = 0; index < zip_get_num_entries(archive, 0); ++index) {
        auto entry = static_cast<zip_uint64_t>(index);
        zip_stat_t stat;
        zip_stat_index(archive, entry, 0, &stat);
        std::string content(stat.size, '\0');
        zip_file_t* file = zip_fopen_index(archive, entry, 0);
        zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        parts[stat.name] = content;
    }
    zip_close(archive);
    return parts;
}

}  // namespace vincula::render::docx
