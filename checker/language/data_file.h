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

}  // namespace tqc
