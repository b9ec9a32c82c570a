#include "read/glossary.h"

#include <pugixml.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/unicode.h"

namespace tqc {
namespace {

// 1-based line and column (in code points) of a byte offset, for messages.
std::string place(std::string_view content, std::size_t offset) {
  offset = std::min(offset, content.size());
  const std::string_view before = content.substr(0, offset);
  const std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  return std::to_string(line) + ":" + std::to_string(1 + count_code_points(before.substr(line_start)));
}

std::size_t line_of(std::string_view content, std::size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<std::size_t>(std::count(content.begin(), content.begin() + static_cast<long>(offset), '\n'));
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

std::string trimmed(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return std::string(text);
}

// "en-US" -> "en".
std::string primary_language(std::string_view tag) {
  return lower_ascii(tag.substr(0, std::min(tag.find_first_of("-_"), tag.size())));
}

// TBX-Basic picklist values (administrativeStatus) and the older normativeAuthorization
// values; TBX files in the wild also drop the "-admn-sts" suffix.
bool parse_status(std::string_view value, TermStatus& status) {
  std::string key = lower_ascii(trimmed(value));
  if (key.ends_with("-admn-sts")) key.resize(key.size() - 9);
  if (key.ends_with("term") && key.size() > 4) key.resize(key.size() - 4);
  if (key == "preferred" || key == "standardized" || key == "legal" || key == "regulated") {
    status = TermStatus::preferred;
  } else if (key == "admitted") {
    status = TermStatus::admitted;
  } else if (key == "deprecated" || key == "forbidden" || key == "notrecommended") {
    status = TermStatus::deprecated;
  } else if (key == "superseded" || key == "obsolete") {
    status = TermStatus::superseded;
  } else {
    return false;
  }
  return true;
}

// ---- TBX ------------------------------------------------------------------------------

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

class TbxReader {
 public:
  TbxReader(std::string_view content, const std::string& path) : content_(content), path_(path) {}

  Glossary read() {
    pugi::xml_document document;
    const pugi::xml_parse_result result = document.load_buffer(content_.data(), content_.size());
    if (!result)
      throw InputError(path_ + ":" + place(content_, static_cast<std::size_t>(result.offset)) +
                       ": malformed XML: " + result.description());
    const pugi::xml_node root = document.document_element();
    if (local_name(root) != "martif" && local_name(root) != "tbx")
      fail(root, "not a TBX file: the root element is <" + std::string(root.name()) +
                     ">, not <martif> (TBX v2) or <tbx> (TBX v3)");
    Glossary glossary{path_, {}};
    collect_entries(root, glossary);
    return glossary;
  }

 private:
  [[noreturn]] void fail(const pugi::xml_node& node, const std::string& problem) const {
    // offset_debug() points at the element's name; the place is its '<'.
    const auto offset = static_cast<std::size_t>(node.offset_debug());
    throw InputError(path_ + ":" + place(content_, offset > 0 ? offset - 1 : 0) + ": " + problem);
  }

  // termEntry (v2) and conceptEntry (v3) sit in text/body, or in back matter; find them
  // wherever they are.
  void collect_entries(const pugi::xml_node& node, Glossary& glossary) const {
    for (const pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = local_name(child);
      if (name == "termEntry" || name == "conceptEntry") {
        glossary.concepts.push_back(read_entry(child));
      } else if (name != "martifHeader" && name != "tbxHeader") {
        collect_entries(child, glossary);
      }
    }
  }

  Concept read_entry(const pugi::xml_node& entry) const {
    Concept concept_entry;
    concept_entry.line = line_of(content_, static_cast<std::size_t>(entry.offset_debug()));
    concept_entry.id = entry.attribute("id").value();
    if (concept_entry.id.empty()) concept_entry.id = "line " + std::to_string(concept_entry.line);
    for (const pugi::xml_node child : entry.children()) {
      const std::string_view name = local_name(child);
      if (name != "langSet" && name != "langSec") continue;
      std::string language = child.attribute("xml:lang").value();
      if (language.empty()) language = child.attribute("lang").value();
      if (language.empty()) fail(child, "<" + std::string(child.name()) + "> without xml:lang");
      read_language_section(child, primary_language(language), concept_entry);
    }
    return concept_entry;
  }

  // tig (v2 TBX-Basic), ntig (v2, term and notes in a termGrp) and termSec (v3).
  void read_language_section(const pugi::xml_node& section, const std::string& language,
                             Concept& concept_entry) const {
    for (const pugi::xml_node child : section.children()) {
      const std::string_view name = local_name(child);
      if (name != "tig" && name != "ntig" && name != "termSec") continue;
      pugi::xml_node term = find_descendant(child, "term");
      if (!term) fail(child, "<" + std::string(child.name()) + "> without <term>");
      Term entry{trimmed(term.child_value()), language, TermStatus::admitted};
      if (entry.text.empty()) fail(term, "empty <term>");
      read_status(child, entry.status);
      concept_entry.terms.push_back(std::move(entry));
    }
  }

  static pugi::xml_node find_descendant(const pugi::xml_node& node, std::string_view name) {
    for (const pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      if (local_name(child) == name) return child;
      if (const pugi::xml_node found = find_descendant(child, name)) return found;
    }
    return {};
  }

  // The status is a termNote (TBX-Basic), a descrip or admin (older exports) with
  // type="administrativeStatus" or "normativeAuthorization", or, in TBX v3 DCT style, an
  // element of that name.
  void read_status(const pugi::xml_node& node, TermStatus& status) const {
    for (const pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = local_name(child);
      const std::string_view type = child.attribute("type").value();
      const bool is_status = name == "administrativeStatus" || name == "normativeAuthorization" ||
                             ((name == "termNote" || name == "descrip" || name == "admin") &&
                              (type == "administrativeStatus" || type == "normativeAuthorization"));
      if (is_status) {
        if (!parse_status(child.child_value(), status))
          fail(child, "unknown term status '" + trimmed(child.child_value()) +
                          "' (expected preferred, admitted, deprecated or superseded)");
      } else if (name == "termGrp" || name == "termCompList") {
        read_status(child, status);
      }
    }
  }

  std::string_view content_;
  const std::string& path_;
};

// ---- TSV and CSV ----------------------------------------------------------------------

// One record's fields. CSV fields may be quoted ("a, b"; "" is a quote) and a quoted
// field may not span lines here: a glossary term has no line break.
std::vector<std::string> split_record(std::string_view line, char separator, const std::string& where) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (separator == ',' && c == '"') {
      if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (quoted || trimmed(field).empty()) {
        if (!quoted) field.clear();
        quoted = !quoted;
        was_quoted = true;
      } else {
        field += c;
      }
    } else if (c == separator && !quoted) {
      fields.push_back(was_quoted ? field : trimmed(field));
      field.clear();
      was_quoted = false;
    } else {
      field += c;
    }
  }
  if (quoted) throw InputError(where + ": unterminated quoted field");
  fields.push_back(was_quoted ? field : trimmed(field));
  return fields;
}

// "de", "en-US", "gsw-CH": a header, not a term pair ("api" and "ok" are terms).
bool is_language_code(std::string_view text) {
  const std::string code = primary_language(text);
  return (code.size() == 2 || (code.size() == 3 && code.size() < text.size())) && text.size() <= 8 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

Glossary read_table(std::string_view content, const std::string& path) {
  const char separator = lower_ascii(path).ends_with(".csv") ? ',' : '\t';
  Glossary glossary{path, {}};
  std::string source_language = "source", target_language = "target";
  std::size_t line_number = 0;
  bool first = true;
  std::istringstream lines{std::string(content)};
  std::string line;
  while (std::getline(lines, line)) {
    ++line_number;
    if (first && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    const std::string text = trimmed(line);
    if (text.empty() || text.starts_with('#')) continue;
    const std::string where = path + ":" + std::to_string(line_number) + ":1";
    const std::vector<std::string> fields = split_record(line, separator, where);
    if (first) {
      first = false;
      // An optional header: "source, target, status" or language codes "en, de, status".
      const std::string a = lower_ascii(fields[0]);
      const std::string c = fields.size() > 2 ? lower_ascii(fields[2]) : "status";
      const bool header_third = c == "status";
      if (fields.size() >= 2 && header_third && a == "source" && lower_ascii(fields[1]) == "target") continue;
      if (fields.size() >= 2 && header_third && is_language_code(fields[0]) && is_language_code(fields[1]) &&
          primary_language(fields[0]) != primary_language(fields[1])) {
        source_language = primary_language(fields[0]);
        target_language = primary_language(fields[1]);
        continue;
      }
    }
    if (fields.size() < 2 || fields[0].empty() || fields[1].empty())
      throw InputError(where + ": expected a source term, a target term and an optional status, separated by " +
                       (separator == ',' ? "commas" : "tabs"));
    if (fields.size() > 3) throw InputError(where + ": more than three fields");
    TermStatus status = TermStatus::preferred;
    if (fields.size() == 3 && !fields[2].empty() && !parse_status(fields[2], status))
      throw InputError(where + ": unknown term status '" + fields[2] +
                       "' (expected preferred, admitted, deprecated or superseded)");
    // Rows with the same source term are one concept: "X preferred" and "Y deprecated".
    const std::string key = to_lower(fields[0]);
    auto it = std::find_if(glossary.concepts.begin(), glossary.concepts.end(),
                           [&](const Concept& c) { return to_lower(c.terms.front().text) == key; });
    if (it == glossary.concepts.end()) {
      glossary.concepts.push_back({"line " + std::to_string(line_number), line_number,
                                   {{fields[0], source_language, TermStatus::preferred}}});
      it = glossary.concepts.end() - 1;
    }
    it->terms.push_back({fields[1], target_language, status});
  }
  return glossary;
}

}  // namespace

std::string_view to_string(TermStatus status) {
  switch (status) {
    case TermStatus::preferred: return "preferred";
    case TermStatus::admitted: return "admitted";
    case TermStatus::deprecated: return "deprecated";
    case TermStatus::superseded: return "superseded";
  }
  return "admitted";
}

Glossary parse_glossary(std::string_view content, const std::string& path) {
  if (const auto bad = find_invalid_utf8(content))
    throw InputError(path + ":" + place(content, *bad) + ": invalid UTF-8");
  std::string_view start = content;
  if (start.starts_with("\xEF\xBB\xBF")) start.remove_prefix(3);
  while (!start.empty() && (start.front() == ' ' || start.front() == '\t' || start.front() == '\r' || start.front() == '\n'))
    start.remove_prefix(1);
  if (start.starts_with('<')) return TbxReader(content, path).read();
  return read_table(content, path);
}

Glossary read_glossary(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot read glossary");
  std::ostringstream content;
  content << in.rdbuf();
  if (!in && !in.eof()) throw InputError(path + ": cannot read glossary");
  return parse_glossary(content.str(), path);
}

}  // namespace tqc
