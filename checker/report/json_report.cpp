#include <iomanip>

#include "report/json_writer.h"
#include "report/report.h"

namespace tqc {
namespace {

void write_location(std::ostream& out, const Document& document, const std::optional<Span>& span) {
  if (!span) {
    out << "null";
    return;
  }
  const LineColumn at = document.position(span->begin);
  out << "{\"begin\": " << span->begin << ", \"end\": " << span->end << ", \"line\": " << at.line
      << ", \"column\": " << at.column << ", \"text\": ";
  write_json_string(out, document.slice(*span));
  out << "}";
}

void write_document(std::ostream& out, const Document& document) {
  out << "{\"path\": ";
  write_json_string(out, document.path);
  out << ", \"language\": ";
  write_json_string(out, document.language);
  out << "}";
}

void write_indices(std::ostream& out, std::size_t begin, std::size_t end) {
  out << "[";
  for (std::size_t i = begin; i < end; ++i) out << (i > begin ? ", " : "") << i;
  out << "]";
}

}  // namespace

void write_json_report(std::ostream& out, const Bitext& bitext, const std::vector<Finding>& findings) {
  out << "{\n  \"tool\": {\"name\": \"tqc\", \"version\": \"" << TQC_VERSION << "\"},\n  \"source\": ";
  write_document(out, bitext.source.document);
  out << ",\n  \"target\": ";
  write_document(out, bitext.target.document);
  out << ",\n  \"findings\": [";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    out << (i ? ",\n    {" : "\n    {") << "\"check\": ";
    write_json_string(out, f.check);
    out << ", \"category\": ";
    write_json_string(out, f.category);
    out << ", \"severity\": ";
    write_json_string(out, to_string(f.severity));
    out << ",\n     \"message\": ";
    write_json_string(out, f.message);
    out << ",\n     \"suggestions\": [";
    for (std::size_t s = 0; s < f.suggestions.size(); ++s) {
      if (s) out << ", ";
      write_json_string(out, f.suggestions[s]);
    }
    out << "],\n     \"target\": ";
    write_location(out, bitext.target.document, f.target);
    out << ",\n     \"source\": ";
    write_location(out, bitext.source.document, f.source);
    out << "}";
  }
  out << (findings.empty() ? "],\n" : "\n  ],\n");
  out << "  \"alignment\": [";
  for (std::size_t i = 0; i < bitext.beads.size(); ++i) {
    const Bead& bead = bitext.beads[i];
    out << (i ? ",\n    " : "\n    ") << "{\"source\": ";
    write_indices(out, bead.source_begin, bead.source_end);
    out << ", \"target\": ";
    write_indices(out, bead.target_begin, bead.target_end);
    out << ", \"cost\": " << std::fixed << std::setprecision(3) << bead.cost << "}";
  }
  out << (bitext.beads.empty() ? "],\n" : "\n  ],\n");
  std::size_t counts[3] = {0, 0, 0};
  for (const Finding& f : findings) ++counts[static_cast<int>(f.severity)];
  out << "  \"summary\": {\"findings\": " << findings.size() << ", \"critical\": " << counts[2]
      << ", \"major\": " << counts[1] << ", \"minor\": " << counts[0] << "}\n}\n";
}

void write_beads(std::ostream& out, const std::vector<Bead>& beads, bool with_cost) {
  for (const Bead& bead : beads) {
    write_indices(out, bead.source_begin, bead.source_end);
    out << ":";
    write_indices(out, bead.target_begin, bead.target_end);
    if (with_cost) out << ":" << std::fixed << std::setprecision(3) << bead.cost;
    out << "\n";
  }
}

}  // namespace tqc
