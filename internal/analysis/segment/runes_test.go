package segment

import "testing"

// TestRuneCount: counting eight bytes at a time agrees with counting the
// leading bytes one by one, in valid and invalid UTF-8, at every offset.
func TestRuneCount(t *testing.T) {
	tests := []struct{ name, s string }{
		{"ascii", "Soldiers crossed the river at dawn, officials said."},
		{"cyrillic", "Солдаты пересекли реку на рассвете"},
		{"mixed", "Kyiv — Київ, “quoted” € 5 ½ 中文 😀 done"},
		{"invalid", "\x80\xbf\xc0\xff abc \xe2\x80 \xf0\x9f\x98"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for lo := 0; lo <= len(tt.s); lo++ {
				for hi := lo; hi <= len(tt.s); hi++ {
					want := 0
					for i := lo; i < hi; i++ {
						if tt.s[i]&0xC0 != 0x80 {
							want++
						}
					}
					if got := runeCount(tt.s, lo, hi); got != want {
						t.Fatalf("runeCount(%q, %d, %d) = %d, want %d", tt.s, lo, hi, got, want)
					}
				}
			}
		})
	}
}
