#include "check/typography.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>

#include "core/error.h"
#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"typography", "typographical", Severity::minor,
                      "punctuation, quotes, spaces and doubled words against the target locale's rules"};

using Rules = TypographyCheck::Rules;

// One code point of a text and where it sits.
struct Char {
  char32_t c;
  std::size_t begin, end;  // bytes, relative to the text
};

std::vector<Char> decode(std::string_view text) {
  std::vector<Char> chars;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    const int32_t begin = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    chars.push_back({c < 0 ? U'\uFFFD' : static_cast<char32_t>(c), static_cast<std::size_t>(begin),
                     static_cast<std::size_t>(i)});
  }
  return chars;
}

std::string encode(char32_t c) {
  std::string out;
  icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(out);
  return out;
}

bool is_no_break_space(char32_t c) { return c == 0x00A0 || c == 0x202F; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || is_no_break_space(c) || c == 0x2009; }

Rules load_rules(const std::string& data_dir, const std::string& code) {
  Rules rules;
  const std::string path = data_dir + "/" + code + "/typography.txt";
  for (const auto& [key, value, where] : read_settings(path, true)) {
    // "?=202F" or "?=¿": a mark and what goes with it.
    auto mapping = [&](std::unordered_map<char32_t, char32_t>& map, bool hex) {
      for (const auto& token : split_list(value, ' ')) {
        const std::u32string chars = to_code_points(token);
        std::optional<char32_t> other;
        if (chars.size() >= 3 && chars[1] == U'=') {
          if (!hex && chars.size() == 3) other = chars[2];
          if (hex) try {
              other = static_cast<char32_t>(std::stoul(token.substr(token.find('=') + 1), nullptr, 16));
            } catch (const std::exception&) {
            }
        }
        if (!other) throw InputError(where + "expected 'mark=" + (hex ? "hex code point" : "mark") + "', not '" + token + "'");
        map[chars[0]] = *other;
      }
    };
    auto marks = [&](std::u32string& out) {
      for (const auto& token : split_list(value, ' ')) {
        const std::u32string chars = to_code_points(token);
        if (chars.size() != 2) throw InputError(where + "expected opening and closing mark, not '" + token + "'");
        out += chars;
      }
    };
    if (key == "space-before") mapping(rules.space_before, true);
    else if (key == "space-after") mapping(rules.space_after, true);
    else if (key == "opening-marks") mapping(rules.opening_marks, false);
    else if (key == "pairs") marks(rules.pairs);
    else if (key == "foreign-quotes") marks(rules.foreign_quotes);
    else if (key == "quotes") marks(rules.quotes);
    else if (key == "apostrophe-lookalikes") rules.apostrophe_lookalikes = to_code_points(value);
    else if (key == "repeats")
      for (const auto& words : split_list(value, '|')) rules.repeats.insert(to_lower(words));
    else throw InputError(where + "unknown key '" + key + "'");
  }
  return rules;
}

// Closing quotes and brackets that may follow a sentence's final mark.
bool is_closer(char32_t c) {
  const auto type = u_charType(static_cast<UChar32>(c));
  return c == U'"' || c == U'\'' || type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION ||
         type == U_INITIAL_PUNCTUATION || c == U'»' || c == U'«';
}

enum class Ending { none, statement, question, exclamation };

// How a sentence ends, and the byte range of its final mark: "?", "." or "…"/"...".
std::pair<Ending, std::optional<Char>> ending(const std::vector<Char>& chars) {
  std::size_t i = chars.size();
  while (i > 0 && (is_space(chars[i - 1].c) || is_closer(chars[i - 1].c))) --i;
  if (i == 0) return {Ending::none, std::nullopt};
  const Char last = chars[i - 1];
  switch (last.c) {
    case U'?': return {Ending::question, last};
    case U'!': return {Ending::exclamation, last};
    case U'.':
    case U'…': return {Ending::statement, last};
    default: return {Ending::none, std::nullopt};
  }
}

// Marks of `pairs` that stay unmatched in `chars`: each closing mark without an opening
// one, and each opening mark never closed.
std::vector<Char> unbalanced(const std::u32string& pairs, const std::vector<Char>& chars) {
  std::vector<Char> out;
  for (std::size_t p = 0; p + 1 < pairs.size(); p += 2) {
    std::vector<Char> open;
    for (const Char& ch : chars) {
      if (ch.c == pairs[p]) open.push_back(ch);
      else if (ch.c == pairs[p + 1]) {
        if (open.empty()) out.push_back(ch);
        else open.pop_back();
      }
    }
    out.insert(out.end(), open.begin(), open.end());
  }
  return out;
}

std::size_t count_unbalanced(const Rules& rules, std::string_view text) {
  const auto chars = decode(text);
  const auto straight = std::count_if(chars.begin(), chars.end(), [](const Char& ch) { return ch.c == U'"'; });
  return unbalanced(rules.pairs, chars).size() + static_cast<std::size_t>(straight % 2);
}

// The code point that ends before byte `end` of `text`.
char32_t chars_before(std::string_view text, std::size_t end) {
  if (end == 0 || end > text.size()) return 0;
  std::size_t begin = end - 1;
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
  const auto chars = decode(text.substr(begin, end - begin));
  return chars.empty() ? 0 : chars.back().c;
}

// `span` up to the next sentence with words in its paragraph, or the paragraph's end: a
// closing "»" after "Non." may stand outside the sentence, or be a sentence of its own.
Span with_trailing(const BitextSide& side, Span span, std::size_t next_sentence) {
  if (next_sentence == 0 || next_sentence > side.sentences.size()) return span;
  const std::size_t paragraph = side.sentences[next_sentence - 1].paragraph;
  while (next_sentence < side.sentences.size() && side.sentences[next_sentence].paragraph == paragraph &&
         side.sentences[next_sentence].words.empty())
    ++next_sentence;
  if (next_sentence < side.sentences.size() && side.sentences[next_sentence].paragraph == paragraph)
    span.end = std::max(span.end, side.sentences[next_sentence].span.begin);
  else if (paragraph < side.document.paragraphs.size())
    span.end = std::max(span.end, side.document.paragraphs[paragraph].end);
  return span;
}

}  // namespace

TypographyCheck::TypographyCheck(const CheckSetup& setup)
    : source_(load_rules(setup.data_dir, setup.source_language)),
      target_(load_rules(setup.data_dir, setup.target_language)) {}

const CheckInfo& TypographyCheck::info() const { return kInfo; }

void TypographyCheck::run(const Bitext& bitext, Reporter& reporter) const {
  const BitextSide& target = bitext.target;
  // Each bead's brackets and quotes left open or closed, relative to its target text.
  std::vector<std::vector<Char>> unmatched;
  for (const Bead& bead : bitext.beads)
    unmatched.push_back(bead.target_size() == 0
                            ? std::vector<Char>{}
                            : unbalanced(target_.pairs, decode(target.text(with_trailing(
                                                            target, bitext.target_span(bead), bead.target_end)))));
  for (std::size_t b = 0; b < bitext.beads.size(); ++b) {
    const Bead& bead = bitext.beads[b];
    if (bead.target_size() == 0) continue;
    std::vector<Span> reported;
    auto report = [&](Span span, std::optional<Span> source, std::string message, std::string fix) {
      if (std::any_of(reported.begin(), reported.end(), [&](const Span& other) { return other.overlaps(span); }))
        return;
      reported.push_back(span);
      reporter.report(span, source, std::move(message), {std::move(fix)});
    };

    for (std::size_t s = bead.target_begin; s < bead.target_end; ++s) {
      const Sentence& sentence = target.sentences[s];
      const std::size_t base = sentence.span.begin;
      const std::string_view text = target.text(sentence.span);
      const auto chars = decode(text);
      auto at = [&](const Char& ch) { return Span{base + ch.begin, base + ch.end}; };

      // English quotes in a language with its own: “…” -> „…“ or « … ».
      for (std::size_t f = 0; f + 1 < target_.foreign_quotes.size() && target_.quotes.size() >= 2; f += 2) {
        int guillemets = 0;
        for (std::size_t i = 0; i < chars.size(); ++i) {
          if (chars[i].c == U'«') ++guillemets;
          if (chars[i].c == U'»') --guillemets;
          if (chars[i].c != target_.foreign_quotes[f] || guillemets > 0) continue;
          std::size_t j = i + 1;
          while (j < chars.size() && chars[j].c != target_.foreign_quotes[f + 1]) ++j;
          if (j == chars.size()) break;
          const char32_t open = target_.quotes[0], close = target_.quotes[1];
          std::string fix = encode(open);
          if (const auto it = target_.space_after.find(open); it != target_.space_after.end()) fix += encode(it->second);
          fix += std::string(text.substr(chars[i].end, chars[j].begin - chars[i].end));
          if (const auto it = target_.space_before.find(close); it != target_.space_before.end()) fix += encode(it->second);
          fix += encode(close);
          report({base + chars[i].begin, base + chars[j].end}, std::nullopt,
                 "quotes of another language: this language writes " + encode(open) + "…" + encode(close), fix);
          i = j;
        }
      }

      for (std::size_t i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i].c;
        const char32_t before = i > 0 ? chars[i - 1].c : 0;
        const char32_t after = i + 1 < chars.size() ? chars[i + 1].c : 0;
        // French "?" after a plain space, or after a word.
        if (const auto it = target_.space_before.find(c); it != target_.space_before.end() && i > 0) {
          const std::string space = encode(it->second);
          const bool at_boundary = after == 0 || is_space(after) || is_closer(after) || it->first == U'»';
          if (before == U' ') {
            report(at(chars[i - 1]), std::nullopt, "a no-break space belongs before '" + encode(c) + "'", space);
          } else if (!is_space(before) && !target_.space_before.contains(before) && at_boundary &&
                     (u_isalnum(static_cast<UChar32>(before)) || is_closer(before)) &&
                     !(u_isdigit(static_cast<UChar32>(before)) && u_isdigit(static_cast<UChar32>(after)))) {
            report(at(chars[i]), std::nullopt, "a no-break space belongs before '" + encode(c) + "'", space + encode(c));
          }
        }
        if (const auto it = target_.space_after.find(c); it != target_.space_after.end() && after != 0) {
          const std::string space = encode(it->second);
          if (after == U' ')
            report(at(chars[i + 1]), std::nullopt, "a no-break space belongs after '" + encode(c) + "'", space);
          else if (!is_space(after))
            report(at(chars[i]), std::nullopt, "a no-break space belongs after '" + encode(c) + "'", encode(c) + space);
        }
        // Two spaces or more between words.
        if (c == U' ' && before != U' ' && before != 0 && after == U' ') {
          std::size_t j = i;
          while (j < chars.size() && chars[j].c == U' ') ++j;
          if (j < chars.size())
            report({base + chars[i].begin, base + chars[j - 1].end}, std::nullopt, "more than one space between words", " ");
        }
        // Spanish "?" without "¿" before it in the sentence.
        if (const auto it = target_.opening_marks.find(c); it != target_.opening_marks.end()) {
          const bool opened = std::any_of(chars.begin(), chars.begin() + static_cast<std::ptrdiff_t>(i),
                                          [&](const Char& ch) { return ch.c == it->second; });
          if (!opened && before != it->first && !target_.opening_marks.contains(before))
            report(at(chars[i]), std::nullopt,
                   "'" + encode(c) + "' needs an opening '" + encode(it->second) + "' where the " +
                       (c == U'?' ? "question" : "exclamation") + " begins",
                   encode(c));
        }
      }

      // A word written twice: "die die".
      const auto& words = sentence.words;
      for (std::size_t w = 1; w < words.size(); ++w) {
        const Word& first = words[w - 1];
        const Word& second = words[w];
        const std::string_view between = target.document.text.substr(first.span.end, second.span.begin - first.span.end);
        if (between.empty() || std::any_of(between.begin(), between.end(), [](char ch) { return ch != ' '; })) continue;
        if (!shape_of(second.text).has_letter || to_lower(first.text) != to_lower(second.text)) continue;
        // Not initials ("M M Naravane"), names ("Saba Saba", "Bora Bora") or a compound's
        // part ("seven-time time trial").
        const bool known = target.language.knows(to_lower(second.text)) || target.language.knows(second.text);
        if (count_code_points(second.text) < 2 || !known) continue;
        if (first.hyphen_before || second.hyphen_after) continue;
        if (target_.repeats.contains(to_lower(first.text) + " " + to_lower(second.text))) continue;
        report({first.span.begin, second.span.end}, std::nullopt,
               "the word '" + std::string(second.text) + "' is written twice", std::string(first.text));
      }
    }

    // Brackets and quotes left open or closed twice in the bead, where the source's balance.
    if (bead.source_size() > 0 &&
        count_unbalanced(source_, bitext.source.text(with_trailing(bitext.source, bitext.source_span(bead), bead.source_end))) == 0) {
      const Span span = with_trailing(target, bitext.target_span(bead), bead.target_end);
      const std::string_view text = target.text(span);
      const auto chars = decode(text);
      const std::vector<Char>& open_marks = unmatched[b];
      for (std::size_t k = 0; k < open_marks.size(); ++k) {
        const Char& ch = open_marks[k];
        const Span at{span.begin + ch.begin, span.begin + ch.end};
        const std::size_t p = target_.pairs.find(ch.c);
        const bool opening = p % 2 == 0;
        // “Rumours“: one error, an opening mark written where the closing one belongs.
        if (opening && k + 1 < open_marks.size() && open_marks[k + 1].c == ch.c) continue;
        if (opening && k > 0 && open_marks[k - 1].c == ch.c) {
          const std::string closing = encode(target_.pairs[p + 1]);
          report(at, std::nullopt, "'" + encode(ch.c) + "' closes this quotation; the closing mark is '" + closing + "'",
                 closing);
          continue;
        }
        // "Villa‘s", "Aischylos‘": a quote mark written for an apostrophe.
        if (!opening && target_.apostrophe_lookalikes.find(ch.c) != std::u32string::npos &&
            u_isalpha(static_cast<UChar32>(chars_before(text, ch.begin)))) {
          report(at, std::nullopt, "'" + encode(ch.c) + "' is a quotation mark; the apostrophe is '’'", "’");
          continue;
        }
        // A quotation that goes on into the next paragraph, or comes from the previous one.
        const std::size_t first = b >= 2 ? b - 2 : 0, last = std::min(bitext.beads.size(), b + 3);
        bool continued = false;
        for (std::size_t o = opening ? b + 1 : first; o < (opening ? last : b); ++o)
          for (const Char& other : unmatched[o]) continued = continued || other.c == target_.pairs[opening ? p + 1 : p - 1];
        if (continued) continue;
        report(at, std::nullopt, "'" + encode(ch.c) + "' has no matching mark in the sentence", "");
      }
      std::vector<Char> straight;
      for (const Char& ch : chars)
        if (ch.c == U'"') straight.push_back(ch);
      if (straight.size() % 2 == 1)
        report({span.begin + straight.back().begin, span.begin + straight.back().end}, std::nullopt,
               "'\"' has no matching quote in the sentence", "");
    }

    // A question that became a statement: only 1-1 beads say which sentence is which.
    // Only a lost question is reported: translators often turn "!" into "." or make a
    // rhetorical question of a statement.
    if (bead.source_size() == 1 && bead.target_size() == 1) {
      const Sentence& source_sentence = bitext.source.sentences[bead.source_begin];
      const Sentence& target_sentence = target.sentences[bead.target_begin];
      const auto [source_end, source_mark] = ending(decode(bitext.source.text(source_sentence.span)));
      const auto [target_end, target_mark] = ending(decode(target.text(target_sentence.span)));
      if (source_end == Ending::question && target_end != Ending::none && target_end != Ending::question) {
        const Span span{target_sentence.span.begin + target_mark->begin, target_sentence.span.begin + target_mark->end};
        const Span source_span{source_sentence.span.begin + source_mark->begin,
                               source_sentence.span.begin + source_mark->end};
        report(span, source_span,
               "the sentence ends with '" + std::string(target.text(span)) + "', the source's with '" +
                   std::string(bitext.source.text(source_span)) + "'",
               std::string(bitext.source.text(source_span)));
      }
    }
  }
}

}  // namespace tqc
