#include "check/literal_rules.h"

#include <fstream>
#include <set>

#include "core/error.h"
#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

std::vector<std::string> lower_words(const std::string& phrase) {
  std::vector<std::string> words;
  for (auto& word : split_list(phrase, ' ')) words.push_back(to_lower(word));
  return words;
}

std::vector<std::string> lower_list(const std::string& text) {
  std::vector<std::string> items;
  for (auto& item : split_list(text, ',')) items.push_back(to_lower(item));
  return items;
}

RuleExample parse_example(const std::string& text, const std::string& where) {
  const auto arrow = text.find("=>");
  if (arrow == std::string::npos) throw InputError(where + "example needs 'SOURCE => TARGET'");
  return {trim(text.substr(0, arrow)), trim(text.substr(arrow + 2))};
}

void finish(LiteralRule& rule, const std::string& where, std::set<std::string>& ids,
            std::vector<LiteralRule>& rules) {
  for (const auto& [value, name] : {std::pair{rule.id.empty(), "id"},
                                    std::pair{rule.term.empty(), "term"},
                                    std::pair{rule.wrong.empty(), "wrong"},
                                    std::pair{rule.right.empty(), "right"},
                                    std::pair{rule.why.empty(), "why"},
                                    std::pair{rule.bad.target.empty(), "bad"},
                                    std::pair{rule.good.target.empty(), "good"}})
    if (value) throw InputError(where + "rule '" + rule.id + "' has no '" + name + "'");
  if (!ids.insert(rule.id).second) throw InputError(where + "duplicate rule id '" + rule.id + "'");
  rules.push_back(std::move(rule));
  rule = {};
}

}  // namespace

std::vector<LiteralRule> read_literal_rules(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::vector<LiteralRule> rules;
  std::set<std::string> ids;
  LiteralRule rule;
  std::string block_start;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string where = path + ":" + std::to_string(number) + ": ";
    if (find_invalid_utf8(line)) throw InputError(where + "not valid UTF-8");
    const std::string text = trim(line);
    if (!text.empty() && text[0] == '#') continue;
    if (text.empty()) {
      if (!block_start.empty()) finish(rule, block_start, ids, rules);
      block_start.clear();
      continue;
    }
    if (block_start.empty()) {
      block_start = where;
      rule.origin = path + ":" + std::to_string(number);
    }
    const auto [key, value, _] = parse_setting(text, path, number);
    if (key == "id") rule.id = value;
    else if (key == "term") rule.term = lower_words(value);
    else if (key == "sense") rule.sense = value;
    else if (key == "domain") rule.domain = value;
    else if (key == "cues") rule.cues = lower_list(value);
    else if (key == "blockers") rule.blockers = lower_list(value);
    else if (key == "wrong")
      for (const auto& phrase : split_list(value, ',')) rule.wrong.push_back(lower_words(phrase));
    else if (key == "forms") {
      if (value != "listed" && value != "inflected")
        throw InputError(where + "forms must be 'listed' or 'inflected', not '" + value + "'");
      rule.listed_forms = value == "listed";
    } else if (key == "right") rule.right = split_list(value, ',');
    else if (key == "why") rule.why = value;
    else if (key == "bad") rule.bad = parse_example(value, where);
    else if (key == "good") rule.good = parse_example(value, where);
    else throw InputError(where + "unknown key '" + key + "'");
  }
  if (!block_start.empty()) finish(rule, block_start, ids, rules);
  return rules;
}

}  // namespace tqc
