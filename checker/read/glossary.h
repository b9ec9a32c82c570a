#pragma once
// Glossaries: which rendering a house or client requires for a concept. Read from TBX
// (v2 `<martif>` and v3 `<tbx>`, TBX-Basic at least) or from a simple TSV/CSV list; see
// docs/glossaries.md. The only code that includes pugixml.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tqc {

// A term's standing in its concept, from TBX administrativeStatus or
// normativeAuthorization. A term without one is admitted.
enum class TermStatus { preferred, admitted, deprecated, superseded };

std::string_view to_string(TermStatus status);

struct Term {
  std::string text;
  // The BCP 47 primary language in lower case ("en" for xml:lang="en-US"); a TSV file
  // without a language header says "source" or "target".
  std::string language;
  TermStatus status = TermStatus::admitted;
};

// One concept entry: its terms in every language the file gives.
struct Concept {
  std::string id;        // the entry's id attribute, else "line N"
  std::size_t line = 0;  // where the entry starts in the file, 1-based
  std::vector<Term> terms;
};

struct Glossary {
  std::string path;
  std::vector<Concept> concepts;
};

// Reads a glossary: TBX when the file starts with '<' (after a BOM and blanks), else a
// TSV file, or CSV when the name ends in ".csv". Throws InputError naming the file, the
// line and column, and the problem.
Glossary read_glossary(const std::string& path);

// The same for bytes already in memory; `path` is used in messages and picks CSV.
Glossary parse_glossary(std::string_view content, const std::string& path);

}  // namespace tqc
