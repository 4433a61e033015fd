// The kernels are all static inline functions in the header, so that Swift's callers inline
// them; this file gives the target the source file every C target needs.
#include "CLoadKernels.h"
