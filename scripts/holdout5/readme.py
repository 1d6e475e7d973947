# SPDX-License-Identifier: CC0-1.0
def render(meta):
    return "# holdout5\n"
