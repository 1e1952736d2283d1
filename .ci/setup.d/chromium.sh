# Headless Chromium for the web UI's end-to-end tests (internal/web), which
# drive Debian's /usr/bin/chromium with chromedp. Under CI=true those tests
# fail rather than skip when the browser is missing.
if ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium
fi
export CI="${CI:-true}"
