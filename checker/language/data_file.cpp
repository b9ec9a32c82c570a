#include "language/data_file.h"

#include <fstream>

#include "core/error.h"
#include "core/unicode.h"

namespace tqc {

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::vector<std::string> split_list(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(separator, start);
    if (end == std::string::npos) end = text.size();
    std::string part = trim(text.substr(start, end - start));
    if (!part.empty()) parts.push_back(std::move(part));
    start = end + 1;
  }
  return parts;
}

std::vector<DataLine> read_data_lines(const std::string& path, bool optional) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (optional) return {};
    throw InputError(path + ": cannot open data file");
  }
  std::vector<DataLine> lines;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (find_invalid_utf8(line))
      throw InputError(path + ":" + std::to_string(number) + ": not valid UTF-8");
    std::string text = trim(line);
    if (text.empty() || text[0] == '#') continue;
    lines.push_back({number, std::move(text)});
  }
  return lines;
}

Setting parse_setting(const std::string& text, const std::string& path, std::size_t number) {
  Setting setting;
  setting.where = path + ":" + std::to_string(number) + ": ";
  const auto colon = text.find(':');
  if (colon == std::string::npos) throw InputError(setting.where + "expected 'key: value'");
  setting.key = trim(text.substr(0, colon));
  setting.value = trim(text.substr(colon + 1));
  return setting;
}

std::vector<Setting> read_settings(const std::string& path, bool optional) {
  std::vector<Setting> settings;
  for (const auto& line : read_data_lines(path, optional)) settings.push_back(parse_setting(line.text, path, line.number));
  return settings;
}

}  // namespace tqc
