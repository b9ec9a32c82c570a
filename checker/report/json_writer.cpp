#include "report/json_writer.h"

namespace tqc {

void write_json_string(std::ostream& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out << '"';
  for (const char c : text) {
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      case '\t': out << "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out << "\\u00" << kHex[(c >> 4) & 0xF] << kHex[c & 0xF];
        else
          out << c;
    }
  }
  out << '"';
}

}  // namespace tqc
