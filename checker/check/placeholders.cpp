#include "check/placeholders.h"

#include <algorithm>

#include "core/error.h"
#include "core/regex.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"placeholders", "markup", Severity::major,
                      "tags, placeholders, URLs and e-mail addresses missing or added"};

// One tag, placeholder, URL or address in a sentence.
struct Item {
  std::size_t pattern = 0;  // index into the check's patterns
  Span span;
  std::string_view text;
};

}  // namespace

PlaceholdersCheck::PlaceholdersCheck(const CheckSetup& setup) {
  const std::string path = setup.data_dir + "/placeholders.tsv";
  for (const auto& line : read_data_lines(path, false)) {
    const auto fields = split_list(line.text, '\t');
    const std::string where = path + ":" + std::to_string(line.number) + ": ";
    if (fields.size() != 4 || (fields[3] != "yes" && fields[3] != "no"))
      throw InputError(where + "expected id, regex, description and added (yes or no), tab-separated");
    patterns_.push_back({fields[0], Regex(fields[1], false, where), fields[2], fields[3] == "yes"});
  }
}

PlaceholdersCheck::~PlaceholdersCheck() = default;

const CheckInfo& PlaceholdersCheck::info() const { return kInfo; }

void PlaceholdersCheck::run(const Bitext& bitext, Reporter& reporter) const {
  // The items of sentences [begin, end) of one side; earlier patterns win overlaps.
  auto items = [&](const BitextSide& side, std::size_t begin, std::size_t end) {
    std::vector<Item> found;
    for (std::size_t s = begin; s < end; ++s) {
      const Span sentence = side.sentences[s].span;
      const std::string_view text = side.text(sentence);
      const std::size_t first = found.size();
      for (std::size_t p = 0; p < patterns_.size(); ++p)
        for (const Span local : patterns_[p].regex.find_all(text)) {
          const Span span{sentence.begin + local.begin, sentence.begin + local.end};
          if (std::any_of(found.begin() + static_cast<std::ptrdiff_t>(first), found.end(),
                          [&](const Item& other) { return other.span.overlaps(span); }))
            continue;
          found.push_back({p, span, slice(text, local)});
        }
    }
    return found;
  };
  std::vector<std::vector<Item>> source_items, target_items;
  for (const Bead& bead : bitext.beads) {
    source_items.push_back(items(bitext.source, bead.source_begin, bead.source_end));
    target_items.push_back(items(bitext.target, bead.target_begin, bead.target_end));
  }
  auto nearby = [&](const std::vector<std::vector<Item>>& all, std::size_t b, std::string_view text) {
    return in_nearby_bead(all, b, [&](const Item& item) { return item.text == text; });
  };

  for (std::size_t b = 0; b < bitext.beads.size(); ++b) {
    const Bead& bead = bitext.beads[b];
    if (bead.source_size() == 0 || bead.target_size() == 0) continue;
    std::vector<Item> missing = source_items[b], added = target_items[b];
    for (auto s = missing.begin(); s != missing.end();) {
      const auto t = std::find_if(added.begin(), added.end(), [&](const Item& item) { return item.text == s->text; });
      if (t == added.end()) {
        ++s;
        continue;
      }
      added.erase(t);
      s = missing.erase(s);
    }
    std::erase_if(missing, [&](const Item& item) { return nearby(target_items, b, item.text); });
    std::erase_if(added, [&](const Item& item) {
      return !patterns_[item.pattern].report_added || nearby(source_items, b, item.text);
    });
    // One missing and one added of the same kind: the target changed it ("{name}" ->
    // "{nom}", a URL with a typo).
    for (auto s = missing.begin(); s != missing.end();) {
      const auto t = std::find_if(added.begin(), added.end(), [&](const Item& item) { return item.pattern == s->pattern; });
      if (t == added.end()) {
        ++s;
        continue;
      }
      reporter.report(t->span, s->span,
                      "the " + patterns_[s->pattern].description + " '" + std::string(t->text) +
                          "' is written '" + std::string(s->text) + "' in the source",
                      {std::string(s->text)});
      added.erase(t);
      s = missing.erase(s);
    }
    for (const Item& item : missing)
      reporter.report(bitext.target_span(bead), item.span,
                      "the source's " + patterns_[item.pattern].description + " '" + std::string(item.text) +
                          "' is missing in the translation",
                      {});
    for (const Item& item : added)
      reporter.report(item.span, std::nullopt,
                      "the " + patterns_[item.pattern].description + " '" + std::string(item.text) +
                          "' is not in the source",
                      {""});
  }
}

}  // namespace tqc
