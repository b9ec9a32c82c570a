#pragma once
// A minimal streaming JSON writer: tqc writes JSON, it never reads it.

#include <ostream>
#include <string_view>

namespace tqc {

// Writes `text` as a JSON string literal, quotes included.
void write_json_string(std::ostream& out, std::string_view text);

}  // namespace tqc
