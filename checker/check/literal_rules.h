#pragma once
// Literal-translation rules: dictionaries/<source>-<target>/literal.rules. Each rule names
// a source term in one sense, the source words (cues) that select that sense, the
// literal renderings that are wrong in it, and the right ones, with one incorrect and one
// correct example that the generic rule test runs. Format: see the file's header.

#include <cstddef>
#include <string>
#include <vector>

namespace tqc {

struct RuleExample {
  std::string source;
  std::string target;  // for the incorrect example: the wrong word is in [brackets]
};

struct LiteralRule {
  std::string id;
  std::vector<std::string> term;  // lower-case words of the source term
  std::string sense;
  std::string domain;
  std::vector<std::string> cues;      // lower case; empty: the rule applies everywhere
  std::vector<std::string> blockers;  // lower case
  std::vector<std::vector<std::string>> wrong;  // lower-case words of each wrong rendering
  // "forms: listed": the wrong renderings match only as written (and with a possessive),
  // not inflected or in compounds. For a noun that is also a verb: "master, masters"
  // must not find "mastered".
  bool listed_forms = false;
  std::vector<std::string> right;
  std::string why;
  RuleExample bad;
  RuleExample good;
  std::string origin;  // "file:line" of the rule, for messages
};

// Reads a rule file; a missing file gives no rules. Throws InputError naming file and
// line for a malformed rule.
std::vector<LiteralRule> read_literal_rules(const std::string& path);

}  // namespace tqc
