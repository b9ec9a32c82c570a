#pragma once
// Readers for the plain-text data in dictionaries/: '#' starts a comment line, blank lines
// are ignored, and every error names the file and line.

#include <cstddef>
#include <string>
#include <vector>

namespace tqc {

struct DataLine {
  std::size_t number = 0;  // 1-based line number in the file
  std::string text;        // trimmed, never empty, never a comment
};

// The data lines of a file. A missing file gives an empty list when `optional`, else
// throws InputError.
std::vector<DataLine> read_data_lines(const std::string& path, bool optional);

// Splits on `separator` and trims each part; empty parts are dropped.
std::vector<std::string> split_list(const std::string& text, char separator);

std::string trim(const std::string& text);

// A "key: value" line of a settings file, both trimmed, and where it is ("file:12: ")
// for the errors its reader raises.
struct Setting {
  std::string key, value, where;
};

// `text`, line `number` of `path`, as a setting; throws InputError when it has no colon.
Setting parse_setting(const std::string& text, const std::string& path, std::size_t number);

// The settings of a file of "key: value" lines (see read_data_lines).
std::vector<Setting> read_settings(const std::string& path, bool optional);

}  // namespace tqc
