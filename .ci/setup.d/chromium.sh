# chromium.sh (sourced by .ci/run): headless Chromium for the end-to-end
# tests of internal/web, which drive Debian's /usr/bin/chromium with
# chromedp. SITREP_REQUIRE_CHROMIUM makes those tests fail, not skip, when
# the browser is missing (as CI=true does).
if ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium
fi
export SITREP_REQUIRE_CHROMIUM=1
