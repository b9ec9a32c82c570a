#pragma once
// tqc's one exception type for bad input and bad data: a file that cannot be read, a
// dictionary line that does not parse, an unknown option value. The message names the
// file, the place and the problem; the command prints it on one line and exits with 2.
// Hot paths (segmenting, aligning, checking) never throw.

#include <stdexcept>

namespace tqc {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace tqc
