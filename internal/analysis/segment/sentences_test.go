package segment

import (
	"errors"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// split returns the sentences of text, joined by " | " for short failure
// messages.
func split(s *Segmenter, text string) string {
	var out []string
	for _, sp := range s.Sentences(text, news.Span{Start: 0, End: len(text)}) {
		out = append(out, sp.Of(text))
	}
	return strings.Join(out, " | ")
}

func TestSentences(t *testing.T) {
	tests := []struct{ name, in, want string }{
		// abbreviations
		{"title before name", "Gen. Kim Yong Bok led them. Mr. Park agreed.", "Gen. Kim Yong Bok led them. | Mr. Park agreed."},
		{"ranks", "Lt. Col. Petrenko and Sgt. Maj. Hnatiuk spoke. Dr. Lee did not.", "Lt. Col. Petrenko and Sgt. Maj. Hnatiuk spoke. | Dr. Lee did not."},
		{"country inside", "The U.S. Army and the U.K. government agreed.", "The U.S. Army and the U.K. government agreed."},
		{"country at the end", "The drones were built in the U.S. The factory is in Ohio.", "The drones were built in the U.S. | The factory is in Ohio."},
		{"dotted not listed", "The U.N. Security Council met. It voted.", "The U.N. Security Council met. | It voted."},
		{"months", "On Sept. 12 and Oct. 3 troops moved. On Nov. 4 they left.", "On Sept. 12 and Oct. 3 troops moved. | On Nov. 4 they left."},
		{"company", "Lockheed Martin Corp. and Acme Inc. bid. Neither won.", "Lockheed Martin Corp. and Acme Inc. bid. | Neither won."},
		{"company at the end", "The contract went to Acme Inc. The price was not disclosed.", "The contract went to Acme Inc. | The price was not disclosed."},
		{"latin", "Drones, e.g. Shaheds, i.e. cheap ones, vs. missiles. That is the choice.", "Drones, e.g. Shaheds, i.e. cheap ones, vs. missiles. | That is the choice."},
		{"clock", "It began at 4 a.m. Monday and ended at 6 p.m. The city was quiet.", "It began at 4 a.m. Monday and ended at 6 p.m. | The city was quiet."},
		{"initials", "Kim J. Un met Vladimir V. Putin. They signed.", "Kim J. Un met Vladimir V. Putin. | They signed."},
		{"initial before a starter word", "He chose plan B. The others objected.", "He chose plan B. | The others objected."},
		{"number sign", "Resolution No. 3 passed. St. Petersburg hosted it.", "Resolution No. 3 passed. | St. Petersburg hosted it."},
		{"etc at the end", "They sent shells, rockets, etc. The total is unknown.", "They sent shells, rockets, etc. | The total is unknown."},
		{"note marker after the stop", "They registered 20,000 people in a day.[4] About 55 percent are children.", "They registered 20,000 people in a day.[4] | About 55 percent are children."},
		{"bracketed figure inside a sentence", "The toll [12] was revised. It rose.", "The toll [12] was revised. | It rose."},
		// numbers
		{"decimals", "Spending rose 2.5 percent to $1.2 billion. It fell later.", "Spending rose 2.5 percent to $1.2 billion. | It fell later."},
		{"year then digit", "It happened in 2024. 3,000 troops came.", "It happened in 2024. | 3,000 troops came."},
		{"dotted outlet", "Caliber.Az reports this. NHK agrees.", "Caliber.Az reports this. | NHK agrees."},
		// quotes
		{"quote with comma goes on", "\"We are monitoring it,\" the NIS stated. It said more.", "\"We are monitoring it,\" the NIS stated. | It said more."},
		{"curly quote with comma", "“We are monitoring it,” the NIS stated.", "“We are monitoring it,” the NIS stated."},
		{"ends inside closing quote", "He said “it is over.” Then he left.", "He said “it is over.” | Then he left."},
		{"ends inside straight quote", "He said \"it is over.\" Then he left.", "He said \"it is over.\" | Then he left."},
		{"multi-sentence quote", "“A is true. B is true. C is true,” said Kovalenko.", "“A is true. | B is true. | C is true,” said Kovalenko."},
		{"question in quote then lowercase", "“Why now?” he asked. Nobody knew.", "“Why now?” he asked. | Nobody knew."},
		{"period after closing quote", "It warned of “losses”. Kyiv denied it.", "It warned of “losses”. | Kyiv denied it."},
		{"single quotes", "They called it ‘a test.’ Seoul disagreed.", "They called it ‘a test.’ | Seoul disagreed."},
		// parentheses
		{"parenthesis inside", "The service (NIS) said so. It added details.", "The service (NIS) said so. | It added details."},
		{"sentence inside parenthesis", "Troops moved. (The figure was not confirmed.) Talks went on.", "Troops moved. | (The figure was not confirmed.) | Talks went on."},
		{"abbreviation before parenthesis", "Officials (incl. the U.S.) agreed.", "Officials (incl. the U.S.) agreed."},
		// ellipses and other stops
		{"ellipsis goes on", "He paused... and then went on.", "He paused... and then went on."},
		{"ellipsis ends", "We waited... Nothing came.", "We waited... | Nothing came."},
		{"unicode ellipsis", "We waited… Nothing came.", "We waited… | Nothing came."},
		{"question and exclamation", "Is it true? Yes! It is.", "Is it true? | Yes! | It is."},
		{"lowercase after period", "It was published today. by the JCS and titled X.", "It was published today. by the JCS and titled X."},
		// lines
		{"headline without stop", "Seoul says troops trained\nNorth Korea sent troops.", "Seoul says troops trained | North Korea sent troops."},
		{"blank line", "First part without stop\n\nsecond part", "First part without stop | second part"},
		{"list items", "Keep reading:\n  • Russia promises punishment\n  • Who was Igor Kirillov\n", "Keep reading: | Russia promises punishment | Who was Igor Kirillov"},
		{"dash list", "Points:\n- one thing\n- another thing", "Points: | one thing | another thing"},
		{"numbered list", "1. Troops arrive\n2. Training begins", "1. Troops arrive | 2. Training begins"},
		{"lowercase continuation joins", "North Korea has sent troops to\nthe Kursk region.", "North Korea has sent troops to\nthe Kursk region."},
		{"comma at line end joins", "North Korea, Russia,\nIran and China met.", "North Korea, Russia,\nIran and China met."},
		{"hard-wrapped paragraph", "" +
			"North Korea has sent approximately 11,000 troops to the Kursk region\n" +
			"of Russia since October, according to South Korea's intelligence\n" +
			"agency, which said on Tuesday that more forces may follow Pyongyang's\n" +
			"first units. Officials in Seoul did not say how many more.",
			"North Korea has sent approximately 11,000 troops to the Kursk region\n" +
				"of Russia since October, according to South Korea's intelligence\n" +
				"agency, which said on Tuesday that more forces may follow Pyongyang's\n" +
				"first units. | Officials in Seoul did not say how many more."},
		{"hard-wrapped before a name", "" +
			"The remarks came days after Ukraine's president, Volodymyr\n" +
			"Zelenskyy, said that some 11,000 soldiers were already in Kursk and\n" +
			"that more were expected to arrive in the region within weeks.",
			"The remarks came days after Ukraine's president, Volodymyr\n" +
				"Zelenskyy, said that some 11,000 soldiers were already in Kursk and\n" +
				"that more were expected to arrive in the region within weeks."},
		{"short line in wrapped paragraph ends", "" +
			"Background\n" +
			"North Korea has sent approximately 11,000 troops to the Kursk region\n" +
			"of Russia since October, according to South Korea's intelligence.",
			"Background | North Korea has sent approximately 11,000 troops to the Kursk region\n" +
				"of Russia since October, according to South Korea's intelligence."},
		{"crlf", "Title line\r\nBody sentence.\r\n\r\nNext one.", "Title line | Body sentence. | Next one."},
		// space
		{"no-break spaces trimmed", "\u00a0 Troops arrived.\u00a0Then\u00a0more. ", "Troops arrived. | Then\u00a0more."},
		{"empty", "", ""},
		{"only space", " \n\t\n ", ""},
		{"no final stop", "troops arrived", "troops arrived"},
	}
	s := newEnglish(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := split(s, tt.in), tt.want; got != want {
				t.Errorf("Sentences(%q)\n got: %q\nwant: %q", tt.in, got, want)
			}
		})
	}
}

// TestSentencesSpan checks that a sub-span is honoured: offsets index the
// whole text, and nothing outside the span is returned.
func TestSentencesSpan(t *testing.T) {
	s := newEnglish(t)
	text := "Outside. Inside one. Inside two. Outside."
	sp := news.Span{Start: 9, End: 32}
	got := s.Sentences(text, sp)
	want := []string{"Inside one.", "Inside two."}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %v, want %d", len(got), got, len(want))
	}
	for i, g := range got {
		if !sp.Contains(g) {
			t.Errorf("sentence %d %v outside %v", i, g, sp)
		}
		if g.Of(text) != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, g.Of(text), want[i])
		}
	}
	if got := s.Sentences(text, news.Span{Start: -5, End: 1000}); len(got) != 4 {
		t.Errorf("out-of-range span: got %d sentences, want 4 (clamped to the text)", len(got))
	}
}

// TestSentencesOtherLanguages checks the word lists of other languages:
// their abbreviations, initials in other scripts, German ordinals.
func TestSentencesOtherLanguages(t *testing.T) {
	tests := []struct{ lang, name, in, want string }{
		{"de", "ordinal date", "Am 5. März kamen die Truppen an. Die Regierung schwieg.", "Am 5. März kamen die Truppen an. | Die Regierung schwieg."},
		{"de", "abbreviations", "Laut Dr. Weber u.a. Experten kamen z.B. Drohnen zum Einsatz. Das ist neu.", "Laut Dr. Weber u.a. Experten kamen z.B. Drohnen zum Einsatz. | Das ist neu."},
		{"de", "year is no ordinal", "Das war 2024. Russland bestreitet es.", "Das war 2024. | Russland bestreitet es."},
		{"es", "title", "El Sr. Pérez llegó a EE.UU. ayer. Nadie lo sabía.", "El Sr. Pérez llegó a EE.UU. ayer. | Nadie lo sabía."},
		{"es", "inverted question", "¿Quién lo dijo? El ministro.", "¿Quién lo dijo? | El ministro."},
		{"fr", "monsieur", "M. Macron a parlé. Il a promis 3 milliards.", "M. Macron a parlé. | Il a promis 3 milliards."},
		{"ru", "initials", "Об этом заявил В. Зеленский. Он добавил подробности.", "Об этом заявил В. Зеленский. | Он добавил подробности."},
		{"ru", "year abbreviation", "Это произошло в 2024 г. в Курской области. Данные не подтверждены.", "Это произошло в 2024 г. в Курской области. | Данные не подтверждены."},
		{"ru", "dash quote", "— Мы видим рост, — сказал он. Цифры не раскрыты.", "— Мы видим рост, — сказал он. | Цифры не раскрыты."},
		{"uk", "thousands", "Росія втратила 1,5 тис. військових. Про це повідомив Генштаб.", "Росія втратила 1,5 тис. військових. | Про це повідомив Генштаб."},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.name, func(t *testing.T) {
			s, err := New(tt.lang)
			if err != nil {
				t.Fatalf("New(%q): %v", tt.lang, err)
			}
			if got, want := split(s, tt.in), tt.want; got != want {
				t.Errorf("Sentences(%q)\n got: %q\nwant: %q", tt.in, got, want)
			}
		})
	}
}

func TestNew(t *testing.T) {
	for _, lang := range []string{"en", "de", "es", "fr", "ru", "uk", "", "auto"} {
		if _, err := New(lang); err != nil {
			t.Errorf("New(%q): %v", lang, err)
		}
	}
	if _, err := New("xx"); !errors.Is(err, ErrUnsupported) {
		t.Errorf("New(xx) = %v, want ErrUnsupported", err)
	}
	if s, _ := New("en"); s.Name() != "segment" {
		t.Errorf("Name() = %q, want segment", s.Name())
	}
}
