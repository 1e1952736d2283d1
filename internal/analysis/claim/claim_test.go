package claim_test

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/news"
)

// TestHedgeAfterNextFigure checks that a hedge phrase after the next figure
// of the sentence is that figure's, not the one before it: the production
// now is asserted, the target planned.
func TestHedgeAfterNextFigure(t *testing.T) {
	text := "Drones\n\nMoscou fabrique désormais près de 2 700 drones de type Shahed par mois et veut atteindre 6 000 par mois d'ici la fin de l'année."
	wantHedges(t, text, map[string]string{"près de 2 700": news.HedgeAsserted, "6 000": news.HedgePlanned})
}

// wantHedges runs the default pipeline on text and checks the hedge of the
// quantity claim whose figure starts with each key of want.
func wantHedges(t *testing.T, text string, want map[string]string) {
	t.Helper()
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := news.Doc{ID: "t", Text: text}
	if err := p.Run(context.Background(), &d); err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Claims {
		if c.Type != news.ClaimQuantity || c.NumberText == nil {
			continue
		}
		for prefix, h := range want {
			if strings.HasPrefix(*c.NumberText, prefix) || strings.HasPrefix(c.Quote, prefix) {
				if c.Hedge != h {
					t.Errorf("%q: hedge %q, want %q", c.Quote, c.Hedge, h)
				}
				delete(want, prefix)
			}
		}
	}
	for prefix := range want {
		t.Errorf("no claim for %q", prefix)
	}
}

// TestLabelHedge checks that a figure under a label whose cue is no word of
// the lexicon ("СМИ:") takes the hedge of its attribution: what the media
// report is passed on, not asserted.
func TestLabelHedge(t *testing.T) {
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Лента новостей\n\n08:05 СМИ: в Курской области пропали без вести около 200 северокорейских военных\n"
	d := news.Doc{ID: "t", Text: text}
	if err := p.Run(context.Background(), &d); err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Claims {
		if c.Type == news.ClaimQuantity && news.Deref(c.NumberText) == "около 200" {
			if c.Hedge != news.HedgeReported || c.Source.Name != "media reports" {
				t.Errorf("около 200: hedge %q source %q, want reported, media reports", c.Hedge, c.Source.Name)
			}
			return
		}
	}
	t.Errorf("no claim for 'около 200' in %d claims", len(d.Claims))
}

// TestHeadlineDoubt checks that a headline's figure is unconfirmed when the
// body could not confirm the same figure, and that a figure the body does
// not doubt stays as the headline says it.
func TestHeadlineDoubt(t *testing.T) {
	text := "Government says 70 militants killed as army retakes town\n\nBy Staff Reporter\n\nSomalia's information ministry said troops had killed 70 al-Shabaab fighters near the town. Its figures could not be independently verified.\n\nThe army said 12 soldiers were wounded.\n"
	wantHedges(t, text, map[string]string{"70 militants": news.HedgeUnconfirmed, "12 soldiers": news.HedgeAsserted})
}

// TestCouldNotConfirmInTheSentence checks that a figure the same sentence
// says could not be confirmed is unconfirmed.
func TestCouldNotConfirmInTheSentence(t *testing.T) {
	wantHedges(t, "Test\n\nOfficials could not confirm reports that 16 people had died.\n", map[string]string{"16 people": news.HedgeUnconfirmed})
}

// TestClaimThatCouldNotBeChecked checks that a figure a source gives, "a
// claim that could not be checked", is that source's and unconfirmed.
func TestClaimThatCouldNotBeChecked(t *testing.T) {
	wantHedges(t, "Test\n\nBurkina Faso's army says it has killed 30 fighters, a claim that could not be checked.\n", map[string]string{"30 fighters": news.HedgeUnconfirmed})
}

// TestNeitherSideByTitle checks that "neither side's figures" reaches a
// speaker whose side only the title names ("Taliban spokesman").
func TestNeitherSideByTitle(t *testing.T) {
	text := "Border clashes\n\nBy Staff\n\nTaliban spokesman Zabihullah Mujahid said Afghan forces had killed 58 Pakistani soldiers. Pakistan's military said 23 of its soldiers had been killed. Local officials said 12 homes were destroyed. Residents said 400 people fled. Neither side's figures could be independently verified.\n"
	wantHedges(t, text, map[string]string{"58 Pakistani soldiers": news.HedgeUnconfirmed, "23 of its soldiers": news.HedgeUnconfirmed, "12 homes": news.HedgeAsserted})
}

// TestReasonableGroundsToBelieve checks that "has reasonable grounds to
// believe" is a cue of belief.
func TestReasonableGroundsToBelieve(t *testing.T) {
	wantHedges(t, "Test\n\nThe UN human rights office has reasonable grounds to believe that at least 58 women and girls were raped.\n", map[string]string{"at least 58 women and girls": news.HedgeBelieved})
}

// TestEstimateAsSubject checks that a figure an estimate or a guess is
// ("the initial estimate is", "my guess is") is estimated.
func TestEstimateAsSubject(t *testing.T) {
	wantHedges(t, "Test\n\nLORENZANA: The task force's initial estimate is more than 50 billion pesos.\n", map[string]string{"more than 50 billion pesos": news.HedgeEstimated})
	wantHedges(t, "Test\n\nThe analyst said her guess is a cell of between eight and 12 people.\n", map[string]string{"between eight and 12 people": news.HedgeEstimated})
}

// TestCountryRecordedAccordingTo checks that a country that "recorded"
// figures inside a closing "according to" is where they were: the body
// after "according to" gives them, as a report.
func TestCountryRecordedAccordingTo(t *testing.T) {
	wantHedges(t, "Test\n\nEcuador recorded nearly 8,000 violent deaths last year, according to the interior ministry.\n", map[string]string{"nearly 8,000": news.HedgeReported})
}

// TestOwnCaveatDoubtsTheCount checks that a speaker who says it could not
// verify a count doubts the body that gave it, not its own later words.
func TestOwnCaveatDoubtsTheCount(t *testing.T) {
	wantHedges(t, "Test\n\nA UN envoy told the council that Ruritania's health ministry had counted at least 90 dead. The mission had not been able to verify that count, he said. The mission has some 5,000 troops in the country, he added.\n",
		map[string]string{"at least 90": news.HedgeUnconfirmed, "some 5,000": news.HedgeAsserted})
}

// TestMaybeIsBelief checks that "maybe" and "perhaps" before a figure make
// it believed.
func TestMaybeIsBelief(t *testing.T) {
	wantHedges(t, "Test\n\nThe colonel said the Russians fire maybe 5,000 shells a day.\n", map[string]string{"5,000": news.HedgeBelieved})
}

// TestSumPutOnALossIsAnEstimate checks that a sum "put" on a loss is
// estimated, while a count put the same way stays asserted.
func TestSumPutOnALossIsAnEstimate(t *testing.T) {
	wantHedges(t, "Test\n\nThe governor said 120 homes were gone, and put the damage at $3 billion to $5 billion.\n", map[string]string{"$3 billion to $5 billion": news.HedgeEstimated})
	wantHedges(t, "Test\n\nRailway police later put the toll at the station at 58 people.\n", map[string]string{"58 people": news.HedgeAsserted})
}

// TestByMyEstimate checks that "by my estimate" makes the figure after it
// an estimate.
func TestByMyEstimate(t *testing.T) {
	wantHedges(t, "Test\n\nBy my estimate, a quarter of the buildings were destroyed, the engineer says.\n", map[string]string{"a quarter": news.HedgeEstimated})
}

// TestHedgeOfTheNextVerb checks that a plan in the verb phrase joined after
// a figure ("... last year and plans to make ...") is not that figure's.
func TestHedgeOfTheNextVerb(t *testing.T) {
	text := "Drones\n\nUkraine's government says the country produced about 2.2 million drones last year and plans to make 4.5 million in 2025.\n"
	wantHedges(t, text, map[string]string{"about 2.2 million": news.HedgeAsserted, "4.5 million": news.HedgePlanned})
}

// TestFirstPersonEstimate checks that a speaker's own "We estimate" makes
// the figure after it an estimate.
func TestFirstPersonEstimate(t *testing.T) {
	text := "Aid\n\n\"We estimate 90,000 people are still inside,\" said Dr Amal Idris, the group's country director.\n"
	wantHedges(t, text, map[string]string{"90,000": news.HedgeEstimated})
}

// TestHedgeOfAnotherClause checks that a denial before another cue of the
// sentence is that clause's: "dismissed the figure ... and said the group
// had lost only three fighters" asserts the three.
func TestHedgeOfAnotherClause(t *testing.T) {
	text := "Test\n\nThe army said its troops had killed 57 rebels. An M23 spokesman, Lawrence Kanyuka, dismissed the figure as \"pure fiction\" and said the group had lost only three fighters.\n"
	wantHedges(t, text, map[string]string{"three fighters": news.HedgeAsserted})
	wantHedges(t, "Test\n\nThe ministry denied that 12 soldiers had died.\n", map[string]string{"12 soldiers": news.HedgeDenied})
}

// TestWillIsAPlan checks that what "will" happen to a figure is planned,
// unless the figure is said to be there already.
func TestWillIsAPlan(t *testing.T) {
	text := "Evacuation\n\nTwo buses will leave the embassy on Thursday. The newcomers will join roughly 11,000 soldiers already stationed in the state.\n"
	wantHedges(t, text, map[string]string{"Two": news.HedgePlanned, "roughly 11,000": news.HedgeAsserted})
}

// TestNotAbleToCheck checks that a writer who says it has not been able to
// check a figure leaves it unconfirmed.
func TestNotAbleToCheck(t *testing.T) {
	text := "Exhibition\n\nA gunner wrote home that his crew had downed 40 bombs; the museum has not been able to check his count.\n"
	wantHedges(t, text, map[string]string{"40": news.HedgeUnconfirmed})
}

// TestBodyPassesOnAFigure checks that a figure a body passes on from
// another is reported, while one a news agency carries keeps its cue's
// hedge.
func TestBodyPassesOnAFigure(t *testing.T) {
	wantHedges(t, "Floods\n\nOn Monday the UN's humanitarian office, citing the World Health Organization, said 3,958 deaths had been recorded.\n",
		map[string]string{"3,958": news.HedgeReported})
	wantHedges(t, "Troops\n\nYonhap, citing the National Intelligence Service, said 3,000 more troops had been sent.\n",
		map[string]string{"3,000": news.HedgeAsserted})
	wantHedges(t, "Attack\n\nThe Kestrel Disaster Operations Centre, citing Mr Ole, had said that only 280 students were accounted for.\n",
		map[string]string{"280 students": news.HedgeReported})
}

// TestRangeOfIsAnEstimate checks that figures put "in a range of" or "seen
// at" are estimates.
func TestRangeOfIsAnEstimate(t *testing.T) {
	wantHedges(t, "Toll\n\nResearchers counted excess deaths and put them in a range of 2,658 to 3,290. Insured losses are seen at $700 million.\n",
		map[string]string{"2,658": news.HedgeEstimated, "$700": news.HedgeEstimated})
}
