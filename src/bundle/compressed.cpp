#include "bundle/compressed.h"

#include <zlib.h>

#include "common/messages.h"

namespace vincula::bundle {

bool is_gzip(std::string_view bytes) {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
           static_cast<unsigned char>(bytes[1]) == 0x8B;
}

common::Result<std::string> gunzip(std::string_view compressed, std::size_t max_bytes) {
    z_stream stream{};
    // 16 + MAX_WBITS: a gzip header and trailer, checked, around deflate.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        return common::field_error("", "gzip_ilegible");
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    std::string out;
    char buffer[64 * 1024];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return common::field_error("", "gzip_ilegible");
        }
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (out.size() > max_bytes) {
            inflateEnd(&stream);
            return common::field_error(
                "", "archivo_demasiado_grande",
                {"más de " + std::to_string(max_bytes / (1024 * 1024)) + " MiB al descomprimirse",
                 std::to_string(max_bytes / (1024 * 1024)) + " MiB"});
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);  // the input ended before the stream did
            return common::field_error("", "gzip_ilegible");
        }
    }
    inflateEnd(&stream);
    return out;
}

}  // namespace vincula::bundle
