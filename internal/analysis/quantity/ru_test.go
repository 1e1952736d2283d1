package quantity_test

import "testing"

// TestRussianLossOwner checks that a bare counter of people ("человек")
// takes as its owner the side named next to a word of loss before it, and
// stays without one when no loss names a side.
func TestRussianLossOwner(t *testing.T) {
	tests := []struct {
		text, number, actor string
	}{
		{"Потери КНДР в Курской области достигли 4700 человек.", "4700", "North Korea"},
		{"По оценке разведки, КНДР потеряла убитыми и ранеными примерно 4,7 тыс. человек.", "примерно 4,7 тыс.", "North Korea"},
		{"Разведка оценила число погибших северокорейцев примерно в 300 человек.", "примерно в 300", "North Korea"},
		{"В Харьковской области в результате ударов ранены пять человек.", "пять", ""},
	}
	for _, tt := range tests {
		wantActor(t, tt.text, tt.number, tt.actor)
	}
}

// TestOneBeforeAPeopleNoun checks that "один" before a noun of people
// counts one victim ("погиб один человек").
func TestOneBeforeAPeopleNoun(t *testing.T) {
	q := analyze(t, "В Днепре в результате падения обломков погиб один человек.", "один")
	if q.Value.V != 1 || q.Measure != "killed" {
		t.Errorf("один человек: value %v measure %q, want 1 killed", q.Value.V, q.Measure)
	}
}

// TestRussianJoiners checks that "а также" and "т. е." join a figure to
// the one before, which lends it its measure.
func TestRussianJoiners(t *testing.T) {
	q := analyze(t, "Пхеньян передал Москве около 12 млн снарядов, а также 120 самоходных гаубиц.", "120")
	if q.Measure != "supplied" {
		t.Errorf("а также 120 гаубиц: measure %q, want supplied", q.Measure)
	}
	q = analyze(t, "КНДР отправила в Россию почти 28 тыс. контейнеров, т. е. более чем 12 млн снарядов.", "более чем 12 млн")
	if q.Measure != "supplied" {
		t.Errorf("т. е. более чем 12 млн: measure %q, want supplied", q.Measure)
	}
}

// TestRussianPartitive checks "37 из них сбиты": the verb after "из них"
// says what happened to the part.
func TestRussianPartitive(t *testing.T) {
	q := analyze(t, "Ночью РФ запустила по Украине 58 дронов, 37 из них сбиты.", "37")
	if q.Measure != "intercepted" {
		t.Errorf("37 из них сбиты: measure %q, want intercepted", q.Measure)
	}
}

// TestPeopleSentArePersonnel checks that a bare counter of people sent to
// the war counts personnel owned by the side of the troops before it.
func TestPeopleSentArePersonnel(t *testing.T) {
	q := analyze(t, "Пентагон говорит, что в России находятся от 10 до 12 тысяч северокорейских военнослужащих. "+
		"По мнению британских аналитиков, к концу года туда могут прибыть ещё 20 тысяч человек.", "ещё 20 тысяч")
	if q.What != "personnel" || q.Actor != "North Korea" {
		t.Errorf("ещё 20 тысяч человек: what %q actor %q, want personnel, North Korea", q.What, q.Actor)
	}
}

// TestProducerAtItsPlants checks that a demonym on the plants that make
// something names the producer even after a place preposition ("на
// российских заводах"), and the producer's country is where it is made.
func TestProducerAtItsPlants(t *testing.T) {
	q := analyze(t, "Эксперты оценивают выпуск дронов на российских заводах примерно в 2500 штук в месяц.", "примерно в 2500")
	if q.Actor != "Russia" || q.Location != "Russia" || q.Measure != "produced" {
		t.Errorf("на российских заводах: actor %q location %q measure %q, want Russia, Russia, produced", q.Actor, q.Location, q.Measure)
	}
}

// TestDestroyedPersonnelKilled checks that soldiers "destroyed" in a
// military communiqué count as killed.
func TestDestroyedPersonnelKilled(t *testing.T) {
	q := analyze(t, "По данным ведомства, за сутки уничтожены более 1 300 военнослужащих.", "более 1 300")
	if q.Measure != "killed" || q.What != "casualties" {
		t.Errorf("уничтожены военнослужащих: measure %q what %q, want killed, casualties", q.Measure, q.What)
	}
}

// TestEnemyOfTheSpeaker checks that a word for the enemy makes a figure the
// speaker's enemy's in a story of two sides, on the noun or as the subject.
func TestEnemyOfTheSpeaker(t *testing.T) {
	tests := []struct {
		text, number, actor string
	}{
		{"Moscow claims 1,500 enemy dead\n\nRussia's defence ministry said on Monday that it had repelled Ukrainian attacks near Avdiivka and counted 1,500 enemy dead. Ukraine's army called the figure invented.\n", "1,500 enemy dead", "Ukraine"},
		{"Ukraine says Russian assaults failed\n\nUkraine's general staff said Russian troops attacked 40 times. According to the general staff, the enemy lost 1,200 troops in a day.\n", "1,200", "Russia"},
		{"Генштаб ВСУ сообщил, что российские войска атаковали 40 раз. По данным Генштаба ВСУ, противник потерял 1200 военнослужащих. В России это не комментировали.", "1200", "Russia"},
	}
	for _, tt := range tests {
		wantActor(t, tt.text, tt.number, tt.actor)
	}
}

// wantActor checks the owner of the figure of text that starts with number.
func wantActor(t *testing.T, text, number, actor string) {
	t.Helper()
	if q := analyze(t, text, number); q.Actor != actor {
		t.Errorf("%s: actor %q, want %q", text, q.Actor, actor)
	}
}
