#pragma once
// Reading an article: one UTF-8 text file, one paragraph per line.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace tqc {

struct LineColumn {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in Unicode code points
};

struct Document {
  std::string path;
  std::string language;  // BCP 47 primary language, e.g. "de"
  std::string text;      // the file's bytes exactly as read (BOM and CR included)
  std::vector<Span> paragraphs;  // non-blank lines, without BOM, line end or edge blanks

  std::string_view slice(Span span) const { return tqc::slice(text, span); }
  LineColumn position(std::size_t offset) const;

  std::vector<std::size_t> line_starts;  // byte offset of each line's first byte
};

// Builds a Document from bytes already in memory; `path` is only used in messages.
// Throws InputError for empty, binary (NUL bytes) or invalid UTF-8 text.
Document make_document(std::string path, std::string language, std::string text);

// Reads a file; throws InputError naming the file and the problem.
Document read_document(const std::string& path, std::string language);

// "story.de.txt" -> "de"; empty when the name carries no language code.
std::string language_from_file_name(std::string_view path);

}  // namespace tqc
