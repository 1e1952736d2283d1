package segment

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// inRegion reports whether the first occurrence of quote lies inside a
// boilerplate region of d.
func inRegion(t *testing.T, d *news.Doc, quote string) bool {
	t.Helper()
	i := strings.Index(d.Text, quote)
	if i < 0 {
		t.Fatalf("test quote %q not in the document", quote)
	}
	return d.InBoilerplate(news.Span{Start: i, End: i + len(quote)})
}

// The documents below are written for these tests, each in the manner of a
// different kind of outlet: a wire service, a donation-funded site, a
// tabloid-style portal, a regional broadcaster, a blog with an author box.
func TestBoilerplate(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		boilerplate []string // each must lie inside a boilerplate region
		content     []string // each must not
		headline    string
		byline      string
	}{
		{
			name: "wire style with byline and dateline",
			text: "Drone strikes hit fuel depot near Belgorod\n" +
				"By Jane Mercer and Tomas Ruiz | Updated Mar 3, 2025 14:10 GMT\n" +
				"A drone strike set a fuel depot on fire overnight, the regional governor said.\n" +
				"No casualties were reported.\n" +
				"(Reporting by Jane Mercer; Editing by Tomas Ruiz)\n",
			boilerplate: []string{"By Jane Mercer", "(Reporting by Jane Mercer; Editing by Tomas Ruiz)"},
			content:     []string{"A drone strike set a fuel depot on fire", "No casualties were reported."},
			headline:    "Drone strikes hit fuel depot near Belgorod",
			byline:      "Jane Mercer and Tomas Ruiz",
		},
		{
			name: "subscription and contact lines with prices and phone numbers",
			text: "Floods cut off 12 villages\n\n" +
				"Rising water cut off 12 villages in the north on Monday, officials said.\n\n" +
				"Subscribe to the Valley Courier: 250 rand a month. Call 82 300 4400.\n\n" +
				"Subscribe from 2 euros a week. Contact the foreign desk: 0800 141 414.\n",
			boilerplate: []string{"Subscribe to the Valley Courier: 250 rand a month.", "Contact the foreign desk: 0800 141 414."},
			content:     []string{"Rising water cut off 12 villages"},
			headline:    "Floods cut off 12 villages",
		},
		{
			name: "newsletter appeals to subscribe for a price or forward the email",
			text: "Rains cut off 12 villages\n\n" +
				"Rising water cut off 12 villages in the north on Monday, officials said.\n\n" +
				"Enjoying the Delta Digest? Forward it to a friend, or subscribe for $5 a month.\n\n" +
				"Annual subscription: 25,000 FCFA.\n\n" +
				"Forwarded this email? Support independent reporting from $3 a month.\n",
			boilerplate: []string{"subscribe for $5 a month.", "Annual subscription: 25,000 FCFA.", "Support independent reporting from $3 a month."},
			content:     []string{"Rising water cut off 12 villages"},
			headline:    "Rains cut off 12 villages",
		},
		{
			name: "donation appeal after the story",
			text: "Kyiv says 40 drones were shot down\n\n" +
				"Air defences destroyed 40 of 52 drones launched overnight, the air force said on Sunday.\n\n" +
				"Our newsroom relies on readers like you. Please consider a monthly donation.\n\n" +
				"Support us\n",
			boilerplate: []string{"Our newsroom relies on readers like you.", "Support us"},
			content:     []string{"Air defences destroyed 40 of 52 drones"},
			headline:    "Kyiv says 40 drones were shot down",
		},
		{
			name: "a masthead in capitals with a motto after a dash is no headline",
			text: "GROUNDTRUTH LAB — open-source investigations\n\n" +
				"Abqaiq from above: 17 impact sites, and a direction of travel\n" +
				"By the Groundtruth imagery desk\n\n" +
				"Summary. We compared satellite images of the plant taken before and after the attack. We count at least 17 impact sites.\n",
			content:  []string{"Summary. We compared satellite images"},
			headline: "Abqaiq from above: 17 impact sites, and a direction of travel",
		},
		{
			name: "text-to-give and bulletin sign-off lines",
			text: "Floods: 1,591 dead\n\n" +
				"The authority said 1,591 people had died since June.\n\n" +
				"You can help: 25 pounds buys a hygiene kit. Text FLOOD to 70085 to give 10 pounds.\n\n" +
				"That's the news. Text NEWS to 7788 for updates. Next bulletin at 1400.\n",
			boilerplate: []string{"You can help: 25 pounds buys a hygiene kit.", "Text NEWS to 7788 for updates."},
			content:     []string{"The authority said 1,591 people"},
			headline:    "Floods: 1,591 dead",
		},
		{
			name: "share buttons, advertisement and caption",
			text: "Share on Facebook\nTweet\nEmail\n" +
				"Ministry reports new recruitment drive\n\n" +
				"Soldiers at a training ground in Kharkiv region. (Photo by Ivan Koval/AFP)\n\n" +
				"The defence ministry said it had recruited 5,000 volunteers in June.\n\n" +
				"Advertisement\n\n" +
				"Officials expect the figure to rise in July.\n\n" +
				"Getty Images\n",
			boilerplate: []string{"Share on Facebook", "Tweet", "Email", "(Photo by Ivan Koval/AFP)", "Advertisement", "Getty Images"},
			content:     []string{"The defence ministry said", "Officials expect the figure"},
			headline:    "Ministry reports new recruitment drive",
		},
		{
			name: "a sponsor's read with a discount code",
			text: "Episode 12: the flood's toll\n\n" +
				"The agency said 40 people had died in the valley.\n\n" +
				"Sponsored by Fernhill Boots. Use code VALLEY20 for 20% off your first order.\n",
			boilerplate: []string{"Sponsored by Fernhill Boots.", "Use code VALLEY20 for 20% off your first order."},
			content:     []string{"The agency said 40 people"},
			headline:    "Episode 12: the flood's toll",
		},
		{
			name: "link list after a related heading",
			text: "Strike on Odesa port damages grain ship\n\n" +
				"A missile hit a civilian vessel in the port of Odesa on Monday, officials said.\n\n" +
				"Read more:\n" +
				"- Grain corridor traffic falls for third month\n" +
				"- Insurers raise Black Sea premiums\n\n" +
				"See also: What the grain deal means for Africa\n",
			boilerplate: []string{"Read more:", "Grain corridor traffic falls for third month", "Insurers raise Black Sea premiums", "See also: What the grain deal means for Africa"},
			content:     []string{"A missile hit a civilian vessel"},
			headline:    "Strike on Odesa port damages grain ship",
		},
		{
			name: "author bio and newsletter at the end",
			text: "How cheap drones changed the front line\n" +
				"Small first-person-view drones now cause most casualties on both sides, analysts say.\n" +
				"Production in Ukraine reached about 1.5 million units last year.\n" +
				"Sign up for our weekly newsletter to get analysis in your inbox.\n" +
				"Oksana Bilyk is a freelance journalist based in Lviv who writes about defence technology.\n",
			boilerplate: []string{"Sign up for our weekly newsletter", "Oksana Bilyk is a freelance journalist"},
			content:     []string{"Small first-person-view drones", "Production in Ukraine reached"},
			headline:    "How cheap drones changed the front line",
		},
		{
			name: "date header, avatar, keyword salad and repeated headline",
			text: "Thursday, 14 November 2024\n\n" +
				"Seoul says Pyongyang sends more artillery\n\n" +
				"KBS avatar\n\n" +
				"14.11.2024 09:30\n" +
				"Seoul says Pyongyang sends more artillery\n\n" +
				"seoul pyongyang artillery shells russia shipments containers rail\n\n" +
				"South Korea's military said on Thursday that the North had shipped more artillery shells to Russia.\n",
			boilerplate: []string{"Thursday, 14 November 2024", "KBS avatar", "14.11.2024 09:30", "seoul pyongyang artillery"},
			content:     []string{"South Korea's military said on Thursday"},
			headline:    "Seoul says Pyongyang sends more artillery",
		},
		{
			name: "cookie notice and copyright",
			text: "We use cookies to improve your experience. By continuing you accept our cookie policy.\n\n" +
				"Russian strikes cut power in three regions\n\n" +
				"Power was cut in Kharkiv, Sumy and Poltava regions after an overnight attack, the grid operator said.\n\n" +
				"© 2025 Example Media. All rights reserved.\n",
			boilerplate: []string{"We use cookies", "All rights reserved."},
			content:     []string{"Power was cut in Kharkiv"},
			headline:    "Russian strikes cut power in three regions",
		},
		{
			name: "hard-wrapped appeal",
			text: "ARTILLERY SHIPMENTS CONTINUE\n\n" +
				"North Korea has shipped millions of artillery shells to Russia since\n" +
				"2023, South Korean officials said on Monday, citing satellite images\n" +
				"of rail traffic near the border.\n\n" +
				"This newsletter is free. If you find it useful, please consider a\n" +
				"small monthly donation so that we can keep writing it for another\n" +
				"year.\n",
			boilerplate: []string{"This newsletter is free.", "small monthly donation", "year."},
			content:     []string{"North Korea has shipped millions", "of rail traffic near the border."},
			headline:    "ARTILLERY SHIPMENTS CONTINUE",
		},
		{
			name: "a section label before the headline on its line is header",
			text: "BRIEFING | Harbour police brief reporters on the Keldar raid\n" +
				"Port Alden, Tuesday 4 March 2025, 10:00\n" +
				"Published by the Coast Desk. Lightly edited for length.\n\n" +
				"CHIEF: Good morning. Two officers were hurt in the raid, and both are home.\n",
			boilerplate: []string{"BRIEFING |"},
			content:     []string{"CHIEF: Good morning."},
			headline:    "Harbour police brief reporters on the Keldar raid",
		},
		{
			name: "a programme label with a separator gives way to a headline line",
			text: "RIVERSIDE INSTITUTE\n" +
				"Analysis | Conflict and Recovery Programme\n" +
				"3 May 2024\n\n" +
				"A year after the siege: what the fighting cost\n\n" +
				"The siege of the old town lasted nine months and displaced 40,000 families, the institute estimates.\n",
			content:  []string{"The siege of the old town"},
			headline: "A year after the siege: what the fighting cost",
		},
		{
			name: "a labelled headline wins over a shorter line after it",
			text: "LIVE | Border crisis: president declares state of unrest as displaced pass 30,000\n" +
				"Valley Post live coverage\n" +
				"Tuesday 21 January 2025 | Last updated 15:05\n\n" +
				"More than 30,000 people have fled their homes since Thursday, the governor said at a briefing.\n",
			content:  []string{"More than 30,000 people have fled"},
			headline: "Border crisis: president declares state of unrest as displaced pass 30,000",
		},
		{
			name: "a masthead's motto under it is no headline",
			text: "THE VALLEY WEEKLY\n" +
				"Serving Kumba, Mamfe and the South West since 1994\n" +
				"Vol. 29 No. 44 | Friday, November 10, 2023 | 500 FCFA\n\n" +
				"Village mourns after night raid leaves at least 20 dead\n\n" +
				"Residents spent the week burying their dead after gunmen stormed the village.\n",
			headline: "Village mourns after night raid leaves at least 20 dead",
		},
		{
			name: "a section label in capitals over a headline leaves it the headline",
			text: "FRONTLINE\n" +
				"Government says 70 militants killed as rebels hold the town\n\n" +
				"The information ministry said troops had killed 70 fighters near the town on Monday.\n",
			headline: "Government says 70 militants killed as rebels hold the town",
		},
		{
			name: "navigation is no labelled headline",
			text: "Home | World\n\n" +
				"Rebels take two towns in the east\n\n" +
				"Rebels took two towns in the east on Friday, the army said.\n",
			boilerplate: []string{"Home | World"},
			headline:    "Rebels take two towns in the east",
		},
		{
			name: "prose that mentions cue words stays content",
			text: "Allies pledge more support\n\n" +
				"The United States said it would support Ukraine with 20 more air defence systems, and Germany pledged to help with funding.\n\n" +
				"By December, officials said, the first systems would arrive.\n",
			content:  []string{"The United States said it would support", "By December, officials said"},
			headline: "Allies pledge more support",
		},
	}
	s := newEnglish(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, s, tt.text)
			for _, q := range tt.boilerplate {
				if !inRegion(t, d, q) {
					t.Errorf("%q is not marked as boilerplate", q)
				}
			}
			for _, q := range tt.content {
				if inRegion(t, d, q) {
					t.Errorf("%q is marked as boilerplate", q)
				}
			}
			if got, want := d.Headline.Of(d.Text), tt.headline; got != want {
				t.Errorf("headline = %q, want %q", got, want)
			}
			if got, want := d.Meta.Byline, tt.byline; got != want {
				t.Errorf("byline = %q, want %q", got, want)
			}
			if got, want := d.Meta.Title, tt.headline; got != want {
				t.Errorf("title = %q, want %q", got, want)
			}
		})
	}
}

// TestSentenceFlags checks that flags follow the regions: headline
// sentences are flagged, sentences in boilerplate are, others are not.
func TestSentenceFlags(t *testing.T) {
	s := newEnglish(t)
	text := "Troops arrive in Kursk\n\nNorth Korean troops arrived. Officials confirmed it.\n\nBecome a Patron!\n"
	d := annotate(t, s, text)
	want := []struct {
		quote                 string
		headline, boilerplate bool
	}{
		{"Troops arrive in Kursk", true, false},
		{"North Korean troops arrived.", false, false},
		{"Officials confirmed it.", false, false},
		{"Become a Patron!", false, true},
	}
	if len(d.Sentences) != len(want) {
		t.Fatalf("got %d sentences, want %d: %v", len(d.Sentences), len(want), d.Sentences)
	}
	for i, w := range want {
		sn := d.Sentences[i]
		if got := sn.Of(text); got != w.quote {
			t.Errorf("sentence %d = %q, want %q", i, got, w.quote)
		}
		if sn.Headline != w.headline || sn.Boilerplate != w.boilerplate {
			t.Errorf("sentence %d %q: headline=%v boilerplate=%v, want %v %v", i, w.quote, sn.Headline, sn.Boilerplate, w.headline, w.boilerplate)
		}
	}
}

// TestKnownTitle checks that a title known from HTML metadata picks the
// headline line even when it would not read like one.
func TestKnownTitle(t *testing.T) {
	s := newEnglish(t)
	text := "Menu\n\nTroops arrive.\n\nNorth Korean troops arrived in Kursk, officials said on Monday.\n"
	d := &news.Doc{Text: text, Meta: news.Meta{Title: "Troops arrive."}}
	if err := s.Annotate(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	if got, want := d.Headline.Of(text), "Troops arrive."; got != want {
		t.Errorf("headline = %q, want %q", got, want)
	}
}

// TestCreditLineIsNoHeadline checks that a header line crediting the
// writer (a social handle, a journalist's role set off by commas) leaves
// the headline to the line that heads the story.
func TestCreditLineIsNoHeadline(t *testing.T) {
	s := newEnglish(t)
	for _, credit := range []string{
		"Mira Holt (@miraholt), Balkans correspondent, in Sarajevo",
		"Tom Reyes, senior defence editor, Lisbon",
	} {
		text := "THE HARBOUR POST | Live notes\n" + credit + "\nMonday 3 March 2025\n\nFlood toll rises to 40 as rivers burst their banks\n\nRescuers said on Monday that 40 people had died in the floods.\n"
		d := &news.Doc{Text: text}
		if err := s.Annotate(t.Context(), d); err != nil {
			t.Fatal(err)
		}
		if got, want := d.Headline.Of(text), "Flood toll rises to 40 as rivers burst their banks"; got != want {
			t.Errorf("%q: headline = %q, want %q", credit, got, want)
		}
	}
}

// TestQuestionHeadline checks that a question standing alone over the
// byline heads an explainer: a question mark ends no prose line there.
func TestQuestionHeadline(t *testing.T) {
	s := newEnglish(t)
	text := "Who has given Ukraine the most military aid?\n\nBy Data Team | 24 February 2025\n\nUkraine's biggest backers have committed more than 130 billion euros in military aid since the invasion, a tracker says.\n"
	d := &news.Doc{Text: text}
	if err := s.Annotate(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	if got, want := d.Headline.Of(text), "Who has given Ukraine the most military aid?"; got != want {
		t.Errorf("headline = %q, want %q", got, want)
	}
}
