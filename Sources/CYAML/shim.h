#ifndef CYAML_SHIM_H
#define CYAML_SHIM_H
/* libyaml (Debian's libyaml-dev: yaml.h, libyaml.so and the static libyaml.a), used through
 * its event API by Sources/MMIOCore/YAML. hwx reads YAML with libyaml directly instead of
 * through Yams because Yams imports Foundation, and a static Foundation carries ICU's 34 MB
 * data table (README "Install": what the binary costs and why). */
#include <yaml.h>
#endif
