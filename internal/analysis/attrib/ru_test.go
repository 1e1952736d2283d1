package attrib_test

import (
	"strings"
	"testing"
)

// TestRussianSubjectBeforeCue checks the Russian words between a speaker
// and its reporting verb (discourse.txt's adverbs, a weekday) and a
// personal pronoun standing alone as the speaker.
func TestRussianSubjectBeforeCue(t *testing.T) {
	tests := []struct {
		name, text, content, source string
	}{
		{
			name:    "adverbial phrase",
			text:    "Минобороны России в свою очередь заявило, что над регионами перехвачены 88 беспилотников.",
			content: "над регионами перехвачены 88 беспилотников", source: "Russia Defense Ministry",
		},
		{
			name:    "weekday",
			text:    "Национальная служба разведки Южной Кореи в среду сообщила, что погибли около 600 военных.",
			content: "погибли около 600 военных", source: "South Korea NIS",
		},
		{
			name: "pronoun and adverb",
			text: "По словам Кирилла Буданова, в Россию направлены 11 тысяч военных. " +
				"Он также сообщил, что потери превысили 3 тысячи человек.",
			content: "потери превысили 3 тысячи человек", source: "Kyrylo Budanov",
		},
		{
			name:    "setting between speaker and verb",
			text:    "Министр обороны Украины Рустем Умеров в интервью телеканалу KBS сказал, что северокорейские части несут потери.",
			content: "северокорейские части несут потери", source: "Rustem Umerov",
		},
		{
			name: "pronoun after a dash",
			text: "Президент Владимир Зеленский написал, что Россия выпустила 1800 дронов. " +
				"«Это ежедневный террор», — подчеркнул он.",
			content: "Это ежедневный террор", source: "Volodymyr Zelenskyy",
		},
		{
			name:    "adverbial set off by commas",
			text:    "Местные власти Сумской области, в свою очередь, сообщили, что приграничные сёла покинули две тысячи человек.",
			content: "приграничные сёла покинули две тысячи человек", source: "unnamed officials",
		},
		{
			name:    "a role and its region, no person",
			text:    "Губернатор Белгородской области сообщил, что в результате атаки дронов пострадали двое мирных жителей.",
			content: "в результате атаки дронов пострадали двое мирных жителей", source: "unnamed officials",
		},
		{
			name:    "a country's body named in Russian",
			text:    "По оценкам британской разведки, в марте Россия выпустила по Украине порядка 4 тыс. беспилотников.",
			content: "в марте Россия выпустила по Украине порядка 4 тыс. беспилотников", source: "United Kingdom",
		},
		{
			name:    "a side",
			text:    "Украинская сторона утверждает, что Москва закупила у Ирана десятки тысяч комплектующих.",
			content: "Москва закупила у Ирана десятки тысяч комплектующих", source: "Ukraine",
		},
		{
			name:    "collective media before a colon",
			text:    "08:05 СМИ: в Курской области пропали без вести около 200 северокорейских военных\n",
			content: "в Курской области пропали без вести около 200 северокорейских военных", source: "media reports",
		},
		{
			name:    "speaker after a final dash",
			text:    "08:50 В Одессе ранены трое, повреждены 12 жилых домов — местные власти\n",
			content: "В Одессе ранены трое, повреждены 12 жилых домов", source: "unnamed officials",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, atts := attributions(t, tt.text)
			var got []string
			for _, a := range atts {
				if a.Content.Of(d.Text) == tt.content {
					if a.Source.Name != tt.source {
						t.Errorf("source %q, want %q", a.Source.Name, tt.source)
					}
					return
				}
				got = append(got, a.Content.Of(d.Text)+" ("+a.Source.Name+")")
			}
			t.Errorf("no attribution of %q; got %s", tt.content, strings.Join(got, "; "))
		})
	}
}
