#include "align/aligner.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "pipeline.h"
#include "report/report.h"
#include "test_support.h"

namespace tqc {
namespace {

std::string beads_of(const std::string& source, const std::string& target,
                     const std::string& source_language = "en", const std::string& target_language = "de") {
  const auto pair = testing::make_pair(source, target, source_language, target_language);
  std::ostringstream out;
  write_beads(out, pair->bitext->beads, false);
  return out.str();
}

TEST(Aligner, OneToOne) {
  EXPECT_EQ(beads_of("Samsung sold 12 chips in 2023. Nvidia bought them all.",
                     "Samsung verkaufte 2023 zwölf Chips. Nvidia kaufte sie alle."),
            "[0]:[0]\n[1]:[1]\n");
}

TEST(Aligner, SentenceSplitInTranslation) {
  EXPECT_EQ(beads_of("Altman visited Pyeongtaek on Friday, and he later met Kwak Noh-jung in Icheon to discuss chips. "
                     "Nobody confirmed the meeting.",
                     "Altman besuchte am Freitag Pyeongtaek. Später traf er Kwak Noh-jung in Icheon, um über Chips zu sprechen. "
                     "Niemand bestätigte das Treffen."),
            "[0]:[0, 1]\n[1]:[2]\n");
}

TEST(Aligner, DebrisAndOmissionsGetEmptyBeads) {
  EXPECT_EQ(beads_of("Samsung Electronics opened a plant in Pyeongtaek in 2024.\n"
                     "The plant employs 3,000 people and makes memory chips for Nvidia.\n",
                     "[ad_1]\nSamsung Electronics eröffnete 2024 ein Werk in Pyeongtaek.\n"
                     "Das Werk beschäftigt 3.000 Menschen und fertigt Speicherchips für Nvidia.\n"),
            "[]:[0]\n[0]:[1]\n[1]:[2]\n");
  EXPECT_EQ(beads_of("TSMC raised prices by 5% in March. Apple, its biggest customer, did not comment. "
                     "Analysts at Morgan Stanley expect a further rise of 3% in 2025.",
                     "TSMC erhöhte die Preise im März um 5 %. "
                     "Analysten von Morgan Stanley erwarten 2025 einen weiteren Anstieg um 3 %."),
            "[0]:[0]\n[1]:[]\n[2]:[1]\n");
}

// The seed article's beads, checked by hand: every English sentence has one German
// sentence, and the two ad placeholders have none.
TEST(Aligner, SeedArticle) {
  const std::string shared = TQC_TEST_SHARED_DIR "/seed/";
  std::ifstream en(shared + "altman-samsung.en.txt"), de(shared + "altman-samsung.de.txt");
  if (!en || !de) GTEST_SKIP() << "../shared/seed is absent";
  std::stringstream en_text, de_text;
  en_text << en.rdbuf();
  de_text << de.rdbuf();
  std::string expected = "[]:[0]\n";
  for (int i = 0; i < 21; ++i) expected += "[" + std::to_string(i) + "]:[" + std::to_string(i + 1) + "]\n";
  expected += "[]:[22]\n";
  EXPECT_EQ(beads_of(en_text.str(), de_text.str()), expected);
}

}  // namespace
}  // namespace tqc
