#include "read/document.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/unicode.h"

namespace tqc {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

LineColumn Document::position(std::size_t offset) const {
  const auto next = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  const std::size_t line = static_cast<std::size_t>(next - line_starts.begin());
  const std::size_t start = line_starts[line - 1];
  std::size_t column = 1 + count_code_points(std::string_view(text).substr(start, offset - start));
  if (line == 1 && text.starts_with(kByteOrderMark) && offset >= kByteOrderMark.size()) --column;
  return {line, column};
}

Document make_document(std::string path, std::string language, std::string text) {
  if (text.empty()) throw InputError(path + ": file is empty");
  if (const auto nul = text.find('\0'); nul != std::string::npos) {
    const std::size_t line = 1 + std::count(text.begin(), text.begin() + nul, '\n');
    throw InputError(path + ":" + std::to_string(line) + ": binary file (NUL byte at offset " +
                     std::to_string(nul) + ")");
  }
  if (const auto bad = find_invalid_utf8(text)) {
    const std::size_t line = 1 + std::count(text.begin(), text.begin() + *bad, '\n');
    throw InputError(path + ":" + std::to_string(line) + ": not valid UTF-8 (byte offset " +
                     std::to_string(*bad) + ")");
  }
  Document document;
  document.path = std::move(path);
  document.language = std::move(language);
  document.text = std::move(text);
  const std::string_view all = document.text;
  std::size_t start = all.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
  document.line_starts.push_back(0);
  while (start <= all.size()) {
    std::size_t end = all.find('\n', start);
    const bool last = end == std::string_view::npos;
    if (last) end = all.size();
    std::size_t b = start, e = end;
    while (b < e && is_blank(all[b])) ++b;
    while (e > b && is_blank(all[e - 1])) --e;
    if (b < e) document.paragraphs.push_back({b, e});
    if (last) break;
    start = end + 1;
    document.line_starts.push_back(start);
  }
  if (document.paragraphs.empty()) throw InputError(document.path + ": file has no text");
  return document;
}

Document read_document(const std::string& path, std::string language) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) throw InputError(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw InputError(path + ": cannot read file");
  return make_document(path, std::move(language), std::move(bytes).str());
}

std::string language_from_file_name(std::string_view path) {
  const auto slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  // The language is the last dot-separated part before the extension: story.de.txt.
  const auto last_dot = name.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return {};
  name = name.substr(0, last_dot);
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return {};
  const std::string_view code = name.substr(dot + 1);
  const bool letters = std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if ((code.size() == 2 || code.size() == 3) && letters) return std::string(code);
  return {};
}

}  // namespace tqc
