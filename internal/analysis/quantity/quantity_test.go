package quantity_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/news"
)

// analyze runs the default pipeline over text and returns the quantity
// whose quote starts with prefix.
func analyze(t *testing.T, text, prefix string) news.Quantity {
	t.Helper()
	d := runDoc(t, text)
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quantities {
		if q.Of(d.Text) == prefix || len(q.Of(d.Text)) >= len(prefix) && q.Of(d.Text)[:len(prefix)] == prefix {
			return q
		}
	}
	var got []string
	for _, q := range d.Quantities {
		got = append(got, q.Of(d.Text))
	}
	t.Fatalf("no quantity starting %q in %q", prefix, got)
	return news.Quantity{}
}

func TestQuantityFields(t *testing.T) {
	tests := []struct {
		name, text, quote              string
		measure, what, actor, location string
	}{
		{
			name:    "an entry of a digest takes nothing from the entry before",
			text:    "Kyiv reports 3 Russian tanks destroyed near Pokrovsk\nUN: 12 aid workers killed this year\nHeavy rain floods the east\n",
			quote:   "12 aid workers",
			measure: "killed", what: "casualties", actor: "-", location: "-",
		},
		{
			name:    "people of no stated kind who are arrested count as personnel",
			text:    "Security forces have detained more than 1,300 people since the emergency was declared, the army said.\n",
			quote:   "more than 1,300 people",
			measure: "captured", what: "personnel",
		},
		{
			name:    "hostages taken stay people",
			text:    "Gunmen seized the train and held 214 hostages for two days, officials said.\n",
			quote:   "214 hostages",
			measure: "captured", what: "other",
		},
		{
			name:  "what a hall holds is no arrest",
			text:  "The hall holds up to 6,200 people, and the concert had sold out.\n",
			quote: "up to 6,200 people",
			what:  "other",
		},
		{
			name:    "the state after a city is the province the city lies in",
			text:    "Cartel war grips Mexican city\n\nGunmen blocked the highways around Culiacán on Monday. According to prosecutors, 812 homicides were recorded in the state since September.\n",
			quote:   "812 homicides",
			measure: "killed", location: "Sinaloa",
		},
		{
			name:    "a headline's border without its countries is the one the story names",
			text:    "Taliban claim 58 Pakistani troops killed in border clashes\n\nPakistan and Afghanistan traded heavy fire along their shared border overnight, officials said.\n",
			quote:   "58 Pakistani troops",
			measure: "killed", location: "Afghanistan-Pakistan border",
		},
		{
			name:    "a border guard service is no place",
			text:    "Kyrgyzstan said on Sunday that fighting on its border with Tajikistan had ended.\n\nIn Batken, 12 people were wounded, an officer at the border service said.\n",
			quote:   "12 people",
			measure: "wounded", location: "Batken",
		},
		{
			name:    "a place on the border is where",
			text:    "A landmine blast wounded five Thai soldiers patrolling near the Thai-Cambodian border in Ubon Ratchathani, the army said.\n",
			quote:   "five Thai soldiers",
			measure: "wounded", location: "Ubon Ratchathani",
		},
		{
			name:    "forces sent to a capital are sent to its country",
			text:    "Test\n\nIn January, about 100 Russian instructors landed in Ouagadougou, state television reported.\n",
			quote:   "about 100 Russian instructors",
			measure: "deployed", actor: "Russia", location: "Burkina Faso",
		},
		{
			name:    "people killed in a capital were killed in the city",
			text:    "Test\n\nAn air strike killed 22 people in Beirut on Thursday, the health ministry said.\n",
			quote:   "22 people",
			measure: "killed", location: "Beirut",
		},
		{
			name:    "a story in two listed places of a region the sentence names goes on in the region",
			text:    "Russia's republic of Dagestan mourned after gunmen attacked churches in Derbent and Makhachkala on Sunday.\n\nOfficials said 15 police officers were killed.\n",
			quote:   "15 police officers",
			measure: "killed", location: "Dagestan",
		},
		{
			name:    "a story in two listed places of one region goes on in the region",
			text:    "Shelling hit Kramatorsk and Sloviansk on Sunday.\n\nOfficials said 11 civilians were killed.\n",
			quote:   "11 civilians",
			measure: "killed", location: "Donetsk",
		},
		{
			name:    "a speaker of no known side who names the armed group as another fights for the state",
			text:    "Yemen: a commander on the Marib front\n\nColonel Saleh Nasser commands a brigade on the front north of Marib. Yemen's government says the city will hold.\n\n\"The Houthis have sent thousands of fresh fighters since September,\" Nasser said. \"We lost 14 men this month,\" he said.\n",
			quote:   "14 men",
			measure: "casualties", actor: "Yemen",
		},
		{
			name:    "a table row counts what its caption names",
			text:    "Floods: situation report\n\nThe authority gave a provincial breakdown.\n\n   Table 1 — Flood deaths by province (NDMA, 27 September)\n   Sindh .................... 724\n   Punjab ................... 192\n",
			quote:   "724",
			measure: "killed", what: "casualties", location: "Sindh",
		},
		{
			name:    "aid handed out is supplied",
			text:    "Relief update\n\nOver the month we distributed 14,200 hygiene kits and roughly 3,500 tents in Sindh.\n",
			quote:   "roughly 3,500 tents",
			measure: "supplied", what: "other",
		},
		{
			name:    "money is never launched",
			text:    "Relief update\n\nThe UN flash appeal launched on 30 August is now worth $160 million.\n",
			quote:   "$160 million",
			measure: "other", what: "money",
		},
		{
			name:  "a state's army in the noun phrase is the state's",
			text:  "Casualties\n\nThe centre lists 6,137 ARBiH soldiers among the dead of the siege.\n",
			quote: "6,137 ARBiH soldiers",
			actor: "Bosnia and Herzegovina",
		},
		{
			name:  "an armed group in the noun phrase is the group's",
			text:  "Handover\n\nThe mission collected 7,132 FARC weapons.\n",
			quote: "7,132 FARC weapons",
			actor: "FARC",
		},
		{
			name:    "troops of a force are its, deployed",
			text:    "Siege\n\nBesieging force: about 13,000 troops of the Army of Republika Srpska, on the hills.\n",
			quote:   "about 13,000 troops",
			measure: "deployed", what: "personnel", actor: "Republika Srpska",
		},
		{
			name:    "those killed or hurt are casualties",
			text:    "Floods\n\nIn my aunt's street alone, nine people were killed or hurt, the reporter says.\n",
			quote:   "nine people",
			measure: "casualties", what: "casualties",
		},
		{
			name:    "elsewhere is not the scene but its country",
			text:    "Derna floods leave thousands dead\n\nDerna was hit hard. Rescuers in Derna searched on Monday.\n\nAbout 170 people died elsewhere in the east, OCHA says.\n",
			quote:   "About 170 people",
			measure: "killed", location: "Libya",
		},
		{
			name:    "a verb that keeps an estimate at a figure says nothing of it",
			text:    "Our view\n\nWe hold our market loss estimate at $500 million and will revisit it.\n",
			quote:   "$500 million",
			measure: "other", what: "money",
		},
		{
			name:    "a toll counts the dead, not the sum before it",
			text:    "Note\n\nInsurers expect losses of $500 million. Officials put the toll at 58.\n",
			quote:   "58",
			measure: "killed", what: "casualties",
		},
		{
			name:    "assaults beaten off are no interception",
			text:    "Update\n\nOver the past day our units repelled 11 enemy assaults near Vovchansk.\n",
			quote:   "11 enemy assaults",
			measure: "other", what: "other",
		},
		{
			name:    "a toll counts everyone's dead",
			text:    "Mumbai attacks\n\nGunmen from Lashkar-e-Taiba attacked the station, killing dozens. Officials later put the toll at 195.\n",
			quote:   "toll at 195",
			measure: "killed", actor: "-",
		},
		{
			name:    "a toll its own words own is theirs",
			text:    "Mumbai attacks\n\nGunmen from Lashkar-e-Taiba attacked the station, killing dozens. Officials later put the militants' toll at 9.\n",
			quote:   "toll at 9",
			measure: "killed", actor: "Lashkar-e-Taiba",
		},
		{
			name:    "places a side lost were captured",
			text:    "Shan offensive\n\nThe junta's spokesman said the army had lost 40 outposts.\n",
			quote:   "40 outposts",
			measure: "captured", what: "other",
		},
		{
			name:    "other things lost are no casualties",
			text:    "Storm\n\nThe governor said the island had lost 2,000 homes.\n",
			quote:   "2,000 homes",
			measure: "other", what: "other",
		},
		{
			name:    "a speaker's own losses are its",
			text:    "Story\n\nA spokesperson for the Ta'ang National Liberation Army said the group had lost fewer than 100 fighters.\n",
			quote:   "fewer than 100 fighters",
			measure: "casualties", actor: "Ta'ang National Liberation Army",
		},
		{
			name:    "the hospital the wounded were flown to is not where they fell",
			text:    "Bus plunges into gorge in Nepal\n\nSixteen people were injured and were flown by army helicopter to a hospital in Chitwan, police said.\n",
			quote:   "Sixteen people",
			measure: "wounded", location: "Nepal",
		},
		{
			name:  "a noun the lexicon does not know after its modifier is counted",
			text:  "Training\n\nMore than 34,000 Ukrainian recruits have completed training in the UK, alongside personnel from nine partner academies.\n",
			quote: "nine partner academies",
			what:  "other",
		},
		{
			name:    "a level held is nothing taken",
			text:    "Oil\n\nCrude exports have held at around 3.3 million barrels a day, the agency said.\n",
			quote:   "around 3.3 million barrels",
			measure: "other",
		},
		{
			name:    "the part of a sum 'of which' was given as the sum was",
			text:    "Aid\n\nThe institute estimates that allies have committed more than €267 billion in aid since 2022, of which about €130 billion is military.\n",
			quote:   "about €130 billion",
			measure: "planned", what: "money",
		},
		{
			name:    "a place that labels the next figure is not this one's",
			text:    "Floods in Pakistan\n\nSindh province has been hardest hit, with 347 deaths, followed by Khyber Pakhtunkhwa with 264 and Balochistan with 238.\n",
			quote:   "347 deaths",
			measure: "killed", location: "Sindh",
		},
		{
			name:    "people gangs displace are no reinforcements",
			text:    "Haiti gangs displace 5,000 more as violence spreads\n\nText.\n",
			quote:   "5,000",
			measure: "other",
		},
		{
			name:    "a named hospital is a site, not the place",
			text:    "El Fasher under fire\n\nShelling hit El Fasher again on Sunday. Doctors said 27 deaths were recorded at South Hospital.\n",
			quote:   "27 deaths",
			measure: "killed", location: "El Fasher",
		},
		{
			name:    "a measure word in a title is no verb",
			text:    "Floods\n\nPlanning Minister Ahsan Iqbal said the damage was $10 billion.\n",
			quote:   "$10 billion",
			measure: "other", what: "money",
		},
		{
			name:    "the sum an appeal seeks is planned",
			text:    "Relief update\n\nThe UN flash appeal launched on 30 August sought $160 million.\n",
			quote:   "$160 million",
			measure: "planned", what: "money",
		},
		{
			name:    "a pledge is a plan",
			text:    "Donors meet\n\nGovernments and lenders pledged $1.5 billion for Morocco on Thursday, officials said.\n",
			quote:   "$1.5 billion",
			measure: "planned", what: "money",
		},
		{
			name:    "asking for people is no plan",
			text:    "Manhunt\n\nPolice sought 12 suspects after the raid.\n",
			quote:   "12 suspects",
			measure: "other", what: "personnel",
		},
		{
			name:    "a sum committed is planned",
			text:    "Donors meet\n\nThe African Development Bank committed $250 million, officials said.\n",
			quote:   "$250 million",
			measure: "planned", what: "money",
		},
		{
			name:    "a list's item takes the measure its heading leads with",
			text:    "Donors meet in Paris\n\nDonors met in Paris on Sunday to raise money for Lebanon after the blast, the organisers said.\n\nPledges we could identify\n- Germany: €20 million\n- Kuwait: $41 million\n",
			quote:   "$41 million",
			measure: "planned", what: "money",
		},
		{
			name:    "a heading's late verb gives its list no measure",
			text:    "Donors meet in Paris\n\nDonors met in Paris on Sunday to raise money for Lebanon after the blast, the organisers said.\n\nMarkets: Oil climbs after cartel takes decision\n\n- Qatar: $50 million\n",
			quote:   "$50 million",
			measure: "other", what: "money",
		},
		{
			name:    "a sum in brackets restates the sum before",
			text:    "Donors meet\n\nDonors pledged €252.7 million (about $298 million) on Sunday, the ministry said.\n",
			quote:   "about $298 million",
			measure: "planned", what: "money",
		},
		{
			name:    "a part a sum includes was given as the sum was",
			text:    "Donors meet\n\nDonors pledged €63 million, including €33 million from the Commission, officials said.\n",
			quote:   "€33 million",
			measure: "planned", what: "money",
		},
		{
			name:    "a place naming whose total sets no scene",
			text:    "Beirut blast: donors meet\n\nFrench President Emmanuel Macron hosted the call. France gave most.\n\nThe lines do not add up to the Élysée total.\n\nThe explosion at the port killed 158 people, the health ministry said.\n",
			quote:   "158 people",
			measure: "killed", what: "casualties", location: "Beirut",
		},
		{
			name:    "weapons that are somewhere were not supplied",
			text:    "Buyback\n\nKPMG estimated that there were between 56,000 and 170,000 prohibited firearms in the community.\n",
			quote:   "between 56,000 and 170,000 prohibited firearms",
			measure: "other", what: "equipment",
		},
		{
			name:    "troops that are somewhere are deployed there",
			text:    "Test\n\nThere are some 11,000 North Korean troops in the Kursk region, officials said.\n",
			quote:   "some 11,000 North Korean troops",
			measure: "deployed", actor: "North Korea", location: "Kursk",
		},
		{
			name:    "a surname that is also a town is no place",
			text:    "Court report\n\nOussama Atar, whom investigators regard as the organiser, was convicted in his absence. The attacks killed 32 people, the prosecutor said.\n",
			quote:   "32 people",
			measure: "killed", location: "-",
		},
		{
			name:    "people found guilty were not deployed",
			text:    "Court report\n\nThe jury on Tuesday found six men guilty of terrorist murder for the bombings in Brussels.\n",
			quote:   "six men",
			measure: "other",
		},
		{
			name:    "lives taken were killed",
			text:    "Court report\n\nThe prosecutor spoke of 32 lives taken in a single morning.\n",
			quote:   "32 lives",
			measure: "killed", what: "casualties",
		},
		{
			name:    "weapons found are captured",
			text:    "Security\n\nOn Monday police found 87 bomb detonators at the main bus station.\n",
			quote:   "87 bomb",
			measure: "captured",
		},
		{
			name:    "other things found are no capture",
			text:    "Fact check\n\nResearchers found at least 15 accounts that shared the video.\n",
			quote:   "at least 15",
			measure: "other",
		},
		{
			name:    "what an aid group's own report says it sent is the group's",
			text:    "INDUS RELIEF NETWORK\nPakistan monsoon floods: our monthly situation report for September\n\nOver the month we deployed 180 staff to Sindh and distributed 14,200 hygiene kits.\n",
			quote:   "14,200 hygiene kits",
			measure: "supplied", actor: "Indus Relief Network",
		},
		{
			name:  "what a report only counts is not its own",
			text:  "GROUNDTRUTH LAB — open-source investigations\nAbqaiq from above: impact sites\n\nWe count at least 17 separate impact sites at Abqaiq.\n",
			quote: "at least 17",
			actor: "-",
		},
		{
			name:    "'of them' points to the counted noun of its sentence before any earlier figure",
			text:    "Test\n\nA gunman killed 51 worshippers and injured 40 others. I would also thank the police staff who made it work: about 700 of them have been deployed to collection events.\n",
			quote:   "about 700",
			measure: "deployed", what: "personnel",
		},
		{
			name:    "a toll no word qualifies counts the dead",
			text:    "Doctors' group puts toll at 1,500\n\nThe group said on Sunday that fighting had gone on for a week.\n",
			quote:   "1,500",
			measure: "killed", what: "casualties",
		},
		{
			name:    "an injury toll counts no dead",
			text:    "Test\n\nThe injury toll rose to 300 on Monday.\n",
			quote:   "300",
			measure: "wounded",
		},
		{
			name:    "the body that gave a count owns no dead",
			text:    "Concert hall attack: what we know\n\nGunmen attacked a concert hall on Friday.\n\nThe first count, given by the FSB security service on Friday night, was 40 dead.\n",
			quote:   "40 dead",
			measure: "killed", actor: "-",
		},
		{
			name:    "the side that kills owns no dead",
			text:    "Israeli strikes on Beirut kill 22\n\nThe strikes hit a residential district on Thursday, officials said.\n",
			quote:   "22",
			measure: "killed", actor: "-",
		},
		{
			name:    "a border named by the other country is between it and the country before",
			text:    "Kyrgyzstan said on Sunday that 24 of its soldiers had been killed in fighting on the border with Tajikistan.\n",
			quote:   "24 of its soldiers",
			measure: "killed", location: "Kyrgyzstan-Tajikistan border",
		},
		{
			name:    "a border named by two joined demonyms",
			text:    "At least 12 soldiers were killed in clashes along the Thai-Cambodian border on Thursday, officials said.\n",
			quote:   "At least 12 soldiers",
			measure: "killed", location: "Cambodia-Thailand border",
		},
		{
			name:    "a border between two countries",
			text:    "Shelling on the border between Armenia and Azerbaijan killed four soldiers overnight, officials said.\n",
			quote:   "four soldiers",
			measure: "killed", location: "Armenia-Azerbaijan border",
		},
		{
			name:    "their shared border is the two countries' border, and sets the scene of the next paragraph",
			text:    "Pakistan and Afghanistan traded heavy fire along their shared border overnight.\n\nA military spokesman said 23 soldiers had died.\n",
			quote:   "23 soldiers",
			measure: "killed", location: "Afghanistan-Pakistan border",
		},
		{
			name:    "a border guard service names no border",
			text:    "The Kyrgyz border service said 20 rockets had hit Batken overnight.\n",
			quote:   "20 rockets",
			measure: "launched", location: "Batken",
		},
		{
			name:    "a town named with a border is where the story goes on",
			text:    "Rebels said they took the last army base in Maungdaw, completing their control of Myanmar's border with Bangladesh.\n\nAt least 50 soldiers were killed in the assault, they said.\n",
			quote:   "At least 50 soldiers",
			measure: "killed", location: "Maungdaw",
		},
		{
			name:    "a German border",
			text:    "Bei Gefechten an der Grenze zu Russland sind nach Angaben der ukrainischen Regierung 49 Soldaten getötet worden, teilte das Verteidigungsministerium am Dienstag mit.\n",
			quote:   "49 Soldaten",
			measure: "killed", location: "Russia-Ukraine border",
		},
		{
			name:    "a loss no sentence places happened where the headline sets the story",
			text:    "Haiti: gangs storm the largest prisons at the weekend\n\nCBX News, 7 March\n\nThe weekend attack left at least 12 people dead, officials said on Sunday. Police later recaptured 17 of the escaped inmates.\n",
			quote:   "at least 12 people",
			measure: "killed", location: "Haiti",
		},
		{
			name:    "a live blog's time stamp makes no digest of the entry heading under it",
			text:    "Live: militia storms the town of Kadugli\n\nUpdated 12:40\n\n12:31\nAid agency: 35 killed at a clinic\n\nThe agency said patients were among the dead.\n",
			quote:   "35 killed",
			measure: "killed", location: "Kadugli",
		},
		{
			name:    "shot dead is killed, not fired",
			text:    "Test\n\nAt least 14 villagers were shot dead in the market on Sunday, police said.\n",
			quote:   "At least 14 villagers",
			measure: "killed", what: "casualties",
		},
		{
			name:    "a loss participle before the noun wins over the verb after it",
			text:    "Test\n\nMore than 40 injured workers were taken to the district hospital, the mayor said.\n",
			quote:   "More than 40 injured workers",
			measure: "wounded", what: "casualties",
		},
		{
			name:    "what was shot down where no sentence places it was over the headline's place",
			text:    "Drones and missiles pound Kharkiv overnight\n\nStaff reporter, 3 May\n\nAir defences intercepted 25 of them before dawn, the military said.\n",
			quote:   "25",
			measure: "intercepted", location: "Kharkiv",
		},
		{
			name:  "militants with no owner are the armed group's the sentence names",
			text:  "Army says 70 militants killed as al-Shabaab holds the town\n\nStaff reporter\n\nFighting went on near the river on Sunday.\n",
			quote: "70 militants",
			actor: "al-Shabaab",
		},
		{
			name:  "militants with no owner are the only armed group the story names",
			text:  "Troops kill 12 militants in overnight raid\n\nStaff reporter\n\nThe army said the raid targeted a camp run by al-Shabaab near the river.\n",
			quote: "12 militants",
			actor: "al-Shabaab",
		},
		{
			name:  "militants are no one's in a story of two armed groups",
			text:  "Troops kill 12 militants in overnight raid\n\nStaff reporter\n\nBoth al-Shabaab and the Islamic State keep camps near the river.\n",
			quote: "12 militants",
			actor: "-",
		},
		{
			name:  "attackers are fighters no state has",
			text:  "Police say 16 attackers killed as al-Shabaab storms a hotel\n\nStaff reporter\n\nThe siege lasted a day.\n",
			quote: "16 attackers",
			actor: "al-Shabaab",
		},
		{
			name:  "people taken are not the taker's",
			text:  "Test\n\nAl-Shabaab said it held 40 hostages at the hotel.\n",
			quote: "40 hostages",
			actor: "-",
		},
		{
			name:  "people named as such take no owner from the figure joined before them",
			text:  "Army says 33 militants and 21 hostages dead after siege\n\nStaff reporter\n\nThe attack was claimed by al-Shabaab.\n",
			quote: "21 hostages",
			actor: "-",
		},
		{
			name:     "an organisation's name the gazetteer does not know is no place",
			text:     "Test\n\nA team at Harlow University estimated that 600,000 civilians had died.\n",
			quote:    "600,000 civilians",
			location: "-",
		},
		{
			name:    "what befell people the figure's deployment phrase describes, however long the phrase",
			text:    "Test\n\nNine Kenyan police officers serving with the mission and with a regional task force were killed in the ambush, the ministry said.\n",
			quote:   "Nine Kenyan police officers",
			measure: "killed", what: "casualties",
		},
		{
			name:    "rockets count with missiles",
			text:    "Test\n\nAbout 50 rockets were fired across the border overnight, the army said.\n",
			quote:   "About 50 rockets",
			measure: "launched", what: "missiles",
		},
		{
			name:  "a nation's people carried out of a country are no force",
			text:  "Test\n\nThe airlift carried some 120,000 people, and the total included about 6,000 Americans, the general said.\n",
			quote: "about 6,000 Americans",
			what:  "other",
		},
		{
			name:  "a nation's people exchanged after prisoners are its soldiers",
			text:  "Test\n\nBoth sides released 500 prisoners on Friday. Officials said 210 Ukrainians were returned in the first stage.\n",
			quote: "210 Ukrainians",
			what:  "personnel",
		},
		{
			name:    "a verb of loss after people the noun says were taken tells what befell them",
			text:    "Test\n\nOfficials said 21 hostages had died in the standoff.\n",
			quote:   "21 hostages",
			measure: "killed", what: "casualties",
		},
		{
			name:    "taken people joined to a figure before a verb of loss share the loss",
			text:    "Test\n\nThe army said 21 hostages and four soldiers had died in the standoff.\n",
			quote:   "21 hostages",
			measure: "killed", what: "casualties",
		},
		{
			name:    "a verb of another clause does not befall the taken people",
			text:    "Test\n\nThe group said it held 214 hostages and had killed 50 of them.\n",
			quote:   "214 hostages",
			measure: "captured", what: "other",
		},
		{
			name:    "people killed among taken people are casualties",
			text:    "Test\n\nThe group said it held 214 hostages and had killed 50 of them.\n",
			quote:   "50",
			measure: "killed", what: "casualties",
		},
		{
			name:     "people's employer after 'at' is no place",
			text:     "Test\n\nAnalysts at Petrolytica estimate that 17 percent of capacity is offline.\n",
			quote:    "17 percent",
			location: "-",
		},
		{
			name:     "a country that speaks in a headline naming no place speaks of itself",
			text:     "Ecuador says 16 inmates killed in prison riot\n\nBy Staff\n\nThe riot lasted several hours.\n",
			quote:    "16 inmates",
			location: "Ecuador",
		},
		{
			name:     "a headline's name the text puts after 'in' is a place the gazetteer lacks",
			text:     "Kuriga pupils freed after 16 days\n\nBy Staff\n\nAt least 20 pupils are still missing, officials said.\n\nThe school in Kuriga has been closed since the attack.\n",
			quote:    "At least 20 pupils",
			location: "Kuriga",
		},
		{
			name:     "a headline with its standfirst under it is no digest's item",
			text:     "HIGHLAND HERALD | Local\nHome > Local > Safety\n\nSix hikers killed, two missing as landslide buries Ardesh lodge\nRescuers search the slope; army sends helicopters\n\nBy Staff\n\nThe landslide struck a camp near the village of Ardesh on Sunday.\n",
			quote:    "Six hikers",
			location: "Ardesh",
		},
		{
			name:     "a headline's name the text puts after 'the village of' is a place",
			text:     "Ardesh camp buried by landslide\n\nBy Staff\n\nAt least six hikers died. The camp lies in a valley above the village of Ardesh.\n",
			quote:    "At least six hikers",
			location: "Ardesh",
		},
		{
			name:     "a headline's place the gazetteer lacks, in the country it names, is where",
			text:     "Tarsa, northern Mali: what the survivors say\n\nBy Staff\n\nAt least 40 people were killed, residents said. Soldiers stayed inside Tarsa for three days.\n",
			quote:    "At least 40 people",
			location: "Tarsa",
		},
		{
			name:     "a place located by another after a comma is the scene, not the one locating it",
			text:     "Raid on a market town\n\nBy Staff\n\nSoldiers opened fire in Tarsa, a market town in the Mopti region, on Sunday. At least 30 people were killed.\n",
			quote:    "At least 30 people",
			location: "Tarsa",
		},
		{
			name:     "a figure after a place and its locator is in the place located",
			text:     "Shelling in the north\n\nBy Staff\n\nIn Parakh, north of Zakho, nine tourists were killed on Wednesday.\n",
			quote:    "nine tourists",
			location: "Parakh",
		},
		{
			name:     "a longer description with prepositions still locates the place before it",
			text:     "Test\n\nIn Goris, the first town on the road from the Lachin corridor, volunteers said they had registered some 3,000 people.\n",
			quote:    "some 3,000 people",
			location: "Goris",
		},
		{
			name:     "where forces came from is not where they went",
			text:     "Test\n\nThe army has reinforced El Obeid with an estimated 3,000 additional troops, some flown in from Port Sudan.\n",
			quote:    "an estimated 3,000 additional troops",
			location: "El Obeid",
		},
		{
			name:     "a place after a comma and a clause of its own is no locator",
			text:     "Shelling in the north\n\nBy Staff\n\nThe shelling hit Tarsa, and then in the Mopti region it went on. At least 30 people were killed.\n",
			quote:    "At least 30 people",
			location: "Mopti",
		},
		{
			name:    "people executed were killed",
			text:    "Witnesses say some 40 men had been executed near the river.\n",
			quote:   "some 40 men",
			measure: "killed",
		},
		{
			name:    "fire after 'of' is a noun: the verb after the coordinated figure says what befell both",
			text:    "In the first exchange of fire, at least 20 civilians and around a dozen gunmen were killed, the report says.\n",
			quote:   "at least 20 civilians",
			measure: "killed", what: "casualties",
		},
		{
			name:     "a place in a transcript's speaker label is no location",
			text:     "Briefing on the raid\n\nDARA VOSS (Minister): Good morning.\n\nREPORTER (Arta Pell, Radio Nord): How many officers were wounded?\n\nVOSS: Two, and both are out of danger.\n",
			quote:    "Two",
			location: "-",
		},
		{
			name:    "the verb after an apposition says what befell the figure",
			text:    "Test\n\nNine people, all of them holidaymakers from the south, were killed on Wednesday.\n",
			quote:   "Nine people",
			measure: "killed", what: "casualties",
		},
		{
			name:     "where the dead came from is not where they died",
			text:     "Test\n\nNine people, all of them holidaymakers from central and southern Iraq, were killed in the village of Parakh on Wednesday.\n",
			quote:    "Nine people",
			location: "Parakh",
		},
		{
			name:     "where the dead came from is their place when the sentence names no other",
			text:     "Test\n\nNine pilgrims from Iraq were killed on Wednesday.\n",
			quote:    "Nine pilgrims",
			location: "Iraq",
		},
		{
			name:     "a night's launches the sentence does not place are over the country of the story's city",
			text:     "Test\n\nExplosions shook Kharkiv overnight. Russia launched 810 drones and 13 missiles, the air force said.\n",
			quote:    "810 drones",
			measure:  "launched",
			location: "Ukraine",
		},
		{
			name:     "a loss the sentence does not place stays in the story's city",
			text:     "Test\n\nExplosions shook Kharkiv overnight. Two people were killed, the mayor said.\n",
			quote:    "Two people",
			location: "Kharkiv",
		},
		{
			name:    "people shot were killed, not fired",
			text:    "Test\n\nThe broadcaster reported that as many as 600 people may have been shot in a matter of hours.\n",
			quote:   "as many as 600 people",
			measure: "killed", what: "casualties",
		},
		{
			name:    "soldiers no one owns are the story's only state's",
			text:    "Colombia sends troops to Catatumbo\n\nBy Staff\n\nThe Colombian army said the ELN had attacked villages. Colombian officials met in Bogota. Defence Minister Pedro Lima said 5,000 soldiers were already deployed.\n",
			quote:   "5,000 soldiers",
			measure: "deployed", actor: "Colombia",
		},
		{
			name:    "members of the security forces are soldiers: the story's only state's",
			text:    "Attack in Kenyan town\n\nBy Staff\n\nKenyan officials met in Nairobi on Monday. Kenya's president spoke. Six members of the security forces died in the attack.\n",
			quote:   "Six members",
			measure: "killed", actor: "Kenya",
		},
		{
			name:    "soldiers joined to people lost are still the state's",
			text:    "Attack in Kenyan town\n\nBy Staff\n\nKenyan police said gunmen attacked a bus. Kenyan officials met in Nairobi. The president said 61 civilians and six members of the security forces had died.\n",
			quote:   "six members",
			measure: "killed", actor: "Kenya",
		},
		{
			name:  "people listed before soldiers take no side from them",
			text:  "Attack in Kenyan town\n\nBy Staff\n\nKenyan police said gunmen attacked a bus. Kenyan officials met in Nairobi. The ministry said 51 protesters and 14 police officers had been injured.\n",
			quote: "51 protesters",
			actor: "-",
		},
		{
			name:  "attackers take no state's side from the soldiers before them",
			text:  "Attack in Kenyan town\n\nBy Staff\n\nKenyan police said gunmen attacked a bus. Kenyan officials met in Nairobi. Six soldiers died in the attack. Five attackers were shot dead.\n",
			quote: "Five attackers",
			actor: "-",
		},
		{
			name:  "attackers are not the state's whose police the story named",
			text:  "Attack in Kenyan town\n\nBy Staff\n\nKenyan police said gunmen attacked a bus. Kenyan officials met in Nairobi. Five attackers were shot dead.\n",
			quote: "Five attackers",
			actor: "-",
		},
		{
			name:  "an ethnic group counts people, not an elided noun taking the owner before",
			text:  "Rakhine report\n\nBy Staff\n\nMyanmar authorities said 12 soldiers died in the attacks. The aid group estimated that at least 9,000 Rohingya died between August and September.\n",
			quote: "at least 9,000 Rohingya",
			actor: "-",
		},
		{
			name:  "soldiers no one owns in a story of two states are no one's",
			text:  "Border clashes\n\nBy Staff\n\nArmenian officials and Azerbaijani officials traded blame. The Armenian army and the Azerbaijani army both reported attacks. Officials said 300 soldiers were deployed.\n",
			quote: "300 soldiers",
			actor: "-",
		},
		{
			name:  "prisoners no one owns are no state's forces",
			text:  "Colombia prison riot\n\nBy Staff\n\nThe Colombian army said it had retaken the prison. Colombian officials met in Bogota. Officials said 300 inmates had escaped.\n",
			quote: "300 inmates",
			actor: "-",
		},
		{
			name:    "a participle before the noun qualifies it",
			text:    "Test\n\nPolice said that 18 of the escaped inmates had been recaptured.\n",
			quote:   "18 of the escaped inmates",
			measure: "captured",
		},
		{
			name:  "'their' points to the party named last that is not the speaker's",
			text:  "Test\n\nHouthi missiles hit a school on Sunday, the minister said. Last week we shot down two of their drones.\n",
			quote: "two of their drones",
			actor: "Houthis",
		},
		{
			name:  "'in their hundreds of thousands' is many, not theirs",
			text:  "Test\n\nRussian officials spoke on Monday. Refugees came in their hundreds of thousands.\n",
			quote: "hundreds of thousands",
			actor: "-",
		},
		{
			name:  "firearms, technicals and batteries are equipment; drone boats are drones",
			text:  "Test\n\nTroops seized some 1,400 firearms and three technicals. Moscow sent one air-defence battery. The Houthis used five drone boats.\n",
			quote: "some 1,400 firearms", what: "equipment",
		},
		{
			name:  "drone boats are drones",
			text:  "Test\n\nThe Houthis used five drone boats in the attack.\n",
			quote: "five drone boats", what: "drones",
		},
		{
			name:    "a verb of two words right before the figure says what befell it",
			text:    "Israel calls up two reserve brigades as Lebanon death toll passes 550\n\nBy Staff\n\nThe army said the brigades would go north.\n",
			quote:   "two reserve brigades",
			measure: "reinforced", what: "personnel",
		},
		{
			name:    "airmen killed are casualties",
			text:    "Test\n\nThe air defences downed six helicopters and a command plane, killing at least 13 airmen.\n",
			quote:   "at least 13 airmen",
			measure: "killed", what: "casualties",
		},
		{
			name:    "shells that fell were fired",
			text:    "Test\n\n\u201cFour shells fell here,\u201d the owner said.\n",
			quote:   "Four shells",
			measure: "launched",
		},
		{
			name:    "missiles that hit a place were fired",
			text:    "Test\n\nTwo ballistic missiles hit a mosque on Sunday night.\n",
			quote:   "Two ballistic missiles",
			measure: "launched",
		},
		{
			name:    "homes a strike hit were not fired",
			text:    "Test\n\nThe strike hit 40 homes on Sunday night.\n",
			quote:   "40 homes",
			measure: "other",
		},
		{
			name:  "equipment a side destroys is its enemy's",
			text:  "Ukraine strikes Russian air bases\n\nBy Staff\n\nUkraine's security service said its drones had damaged 41 aircraft at four Russian bases. Russia's defence ministry said Ukraine had attacked five regions. Ukraine and Russia traded blame.\n",
			quote: "41 aircraft",
			actor: "Russia",
		},
		{
			name:  "a speaker pointed back to as the verb's subject makes the figure's things",
			text:  "Test\n\nThe Pentagon says it aims to make 100,000 shells a month by the end of 2025.\n",
			quote: "100,000 shells",
			actor: "United States",
		},
		{
			name:  "what a speaker says it killed is not its own",
			text:  "Test\n\nThe Pentagon says it killed 30 fighters in the strike.\n",
			quote: "30 fighters",
			actor: "-",
		},
		{
			name:     "the place that labels a digest's item is where its figures are",
			text:     "Frontier brief\n\nKashmir this week\n- Gulmarg, Oct 24: Two soldiers died when militants ambushed an army vehicle near Botapathri, the army said.\n- Akhnoor, Oct 28: The army said three militants were killed.\n",
			quote:    "Two soldiers",
			location: "Gulmarg",
		},
		{
			name:     "a headline's name the text calls a village in apposition is a place",
			text:     "Tarsa mourns after night raid leaves 20 dead\n\nBy Staff\n\nResidents of Tarsa, a farming village outside Mamfe, buried their dead on Monday.\n",
			quote:    "20 dead",
			location: "Tarsa",
		},
		{
			name:    "men who took part were deployed, not taken",
			text:    "Test\n\nWe estimate that at least 30 heavily armed men took part in the attack.\n",
			quote:   "at least 30 heavily armed men",
			measure: "deployed",
		},
		{
			name:    "suspects in custody were captured",
			text:    "Test\n\nPolice said 12 suspects were in custody on Monday.\n",
			quote:   "12 suspects",
			measure: "captured", what: "personnel",
		},
		{
			name:     "a country before its armed group's possessive is whose, not where",
			text:     "Test\n\nRescuers pulled six sailors from the Red Sea on Thursday after Yemen's Houthi movement sank the ship, but 11 of the 25 people aboard remained missing.\n",
			quote:    "25 people",
			location: "Red Sea",
		},
		{
			name:    "a figure that restates the one before counts what it counts",
			text:    "Test\n\nNorth Korea has shipped more than 13,000 containers of munitions to Russia, a volume it equated to over eight million artillery shells.\n",
			quote:   "over eight million artillery shells",
			measure: "supplied",
		},
		{
			name:    "a restatement with nothing before it has no measure",
			text:    "Test\n\nThat is equivalent to 40 trucks.\n",
			quote:   "40 trucks",
			measure: "other",
		},
		{
			name:    "civilians who arrive are no force sent",
			text:    "Test\n\nLocal officials said that at least 200 families had arrived at the camp in June alone.\n",
			quote:   "at least 200 families",
			measure: "other", what: "other",
		},
		{
			name:  "people who arrive are personnel sent, when nothing says they are civilians",
			text:  "Test\n\nAnother 20,000 people may arrive there to join the fighting, officials said.\n",
			quote: "Another 20,000 people",
			what:  "personnel",
		},
		{
			name:    "auxiliaries are personnel",
			text:    "Test\n\nThe army has trained thousands of civilian auxiliaries since 2020.\n",
			quote:   "thousands of civilian auxiliaries",
			measure: "trained", what: "personnel",
		},
		{
			name:    "figures listed before 'among them' are parts of the one before",
			text:    "Test\n\nRussia launched 100 drones at the region overnight, 60 attack drones and 40 decoys among them.\n",
			quote:   "60 attack drones",
			measure: "launched",
		},
		{
			name:    "ships monitored somewhere are deployed, not supplied",
			text:    "Test\n\nThe coast guard monitored a total of 40 Chinese vessels in the area.\n",
			quote:   "a total of 40 Chinese vessels",
			measure: "deployed",
		},
		{
			name:    "ships sent are supplied",
			text:    "Test\n\nJapan sent 12 patrol vessels to the coast guard.\n",
			quote:   "12 patrol vessels",
			measure: "supplied",
		},
		{
			name:     "the town the headline's venue is in is where, and an explainer's prose bullets stay in the story",
			text:     "What we know about the Harbour Arena attack\n\nThe Ledger | Explainer\n\nWhat happened?\n- Four men entered Harbour Arena in Kelmstad as the audience gathered.\n\nHow many people died?\n- The committee said on Wednesday that 143 people had been killed.\n",
			quote:    "143 people",
			location: "Kelmstad",
		},
		{
			name:     "a headline in a list of bullets is a story of its own",
			text:     "Tarsa raid: 40 killed\n\nBy Staff\n\nGunmen raided Tarsa on Monday.\n\nElsewhere\n- 12 people killed in floods\n- Rains cut roads\n",
			quote:    "12 people",
			location: "-",
		},
		{
			name:  "'of its' points to the speaker's own side",
			text:  "Test\n\nKyrgyzstan's health ministry said 59 of its citizens had been killed.\n",
			quote: "59 of its citizens",
			actor: "Kyrgyzstan", what: "casualties",
		},
		{
			name:  "soldiers take no armed group's ownership from fighters before them",
			text:  "Test\n\nSome 200 Boko Haram fighters stormed the base on Sunday. Officials said 130 soldiers were sent to the base.\n",
			quote: "130 soldiers",
			actor: "-",
		},
		{
			name:    "'raised it to' changes the figure before",
			text:    "Test\n\nThe first count was 40 dead. The committee raised it to 115 on Saturday.\n",
			quote:   "it to 115",
			measure: "killed", what: "casualties",
		},
		{
			name:    "a death toll counts the dead whatever verb comes after",
			text:    "Kyrgyzstan says border death toll rises to 59 as ceasefire holds\n\nBy Staff\n\nThe fighting stopped on Sunday.\n",
			quote:   "59",
			measure: "killed", what: "casualties",
		},
		{
			name:    "what a country took delivery of was supplied, not captured",
			text:    "Test\n\nKyrgyzstan took delivery of three Bayraktar TB2 drones in late 2021.\n",
			quote:   "three Bayraktar TB2 drones",
			measure: "supplied",
		},
		{
			name:    "pupils and parishioners led somewhere are no force",
			text:    "Test\n\nPolice say they led dozens of parishioners out of the church and moved 300 pupils to safety.\n",
			quote:   "dozens of parishioners",
			measure: "other", what: "other",
		},
		{
			name:     "a headline's month the text puts after 'in' is no place",
			text:     "November losses hit a record\n\nBy Staff\n\nAbout 1,500 soldiers were killed every day, officials said.\n\nThe losses in November were the highest of the war.\n",
			quote:    "About 1,500 soldiers",
			location: "-",
		},
		{
			name:    "a headline's present tense kills",
			text:    "Missile strike on Kharkiv kills 12\n\nBy Staff\n\nThe strike hit a school.\n",
			quote:   "12",
			measure: "killed", what: "casualties",
		},
		{
			name:    "a headline's present tense loses",
			text:    "Myanmar junta loses hundreds of troops as rebels advance\n\nBy Staff\n\nThe fighting went on.\n",
			quote:   "hundreds of troops",
			measure: "casualties", what: "casualties",
		},
		{
			name:    "a headline's present tense uses",
			text:    "Russia uses 400 drones in overnight attack\n\nBy Staff\n\nThe attack lasted hours.\n",
			quote:   "400 drones",
			measure: "launched",
		},
		{
			name:    "a headline's present tense downs",
			text:    "Ukraine downs 30 drones over Kyiv\n\nBy Staff\n\nThe attack lasted five hours.\n",
			quote:   "30 drones",
			measure: "intercepted",
		},
		{
			name:     "'in the state' after a city is the state around it",
			text:     "Test\n\nGunmen attacked a village near Jos on Sunday. More than 100 people have been killed in the state since the start of the month, Amnesty International said.\n",
			quote:    "More than 100 people",
			location: "Plateau State",
		},
		{
			name:    "a death toll counts the dead, whatever nouns its own phrase holds",
			text:    "Test\n\nThe death toll from overnight Israeli strikes rose to at least 50, officials said.\n",
			quote:   "at least 50",
			measure: "killed", what: "casualties", actor: "-",
		},
		{
			name:    "a noun phrase that goes on with 'and' still joins the next figure",
			text:    "Test\n\nOvernight, Russia launched 479 attack drones and decoys and 20 missiles at Ukraine.\n",
			quote:   "20 missiles",
			measure: "launched",
		},
		{
			name:    "a toll takes up the dead, not the wounded named after them",
			text:    "Test\n\nThe missile killed nine people and wounded 27, the governor said. The emergency service later raised the toll to 11.\n",
			quote:   "toll to 11",
			measure: "killed",
		},
		{
			name:     "a sea's name that describes a city is no scene",
			text:     "Drones hit Port Sudan for a sixth day\n\nBy Staff\n\nDrones struck fuel depots in the Red Sea city on Friday, the army said. The army said its air defences had shot down 11 drones.\n",
			quote:    "11 drones",
			location: "Port Sudan",
		},
		{
			name:     "a heading inside the text sets the scene of its entry",
			text:     "Israel-Iran live: new missile barrage\n\nLive coverage\n\n16:40 GMT\nSirens across central Israel\nIran launched about 30 missiles at Israel in the latest wave, the military said.\n\n15:55 GMT\nDeath toll in Iran rises\nThe health ministry said 224 people had been killed since Friday.\n",
			quote:    "224 people",
			location: "Iran",
		},
		{
			name:     "a side shoots down over itself, whatever country the headline sets the story in",
			text:     "Ukraine war latest\n\nBy Staff\n\nIn a statement, the Russian defence ministry claimed that 125 Ukrainian drones had been destroyed.\n",
			quote:    "125 Ukrainian drones",
			location: "Russia",
		},
		{
			name:    "a part of the figure after it counts that figure's noun",
			text:    "Test\n\nThe air force said 48 of 72 drones had been shot down overnight.\n",
			quote:   "48 of 72 drones",
			measure: "intercepted", what: "drones",
		},
		{
			name:    "reinforcements with no noun are people",
			text:    "Test\n\n\"Every night they send another 50,\" the captain said.\n",
			quote:   "another 50",
			measure: "reinforced", what: "personnel",
		},
		{
			name:    "targets struck are what was hit, not what was fired",
			text:    "Test\n\nIsrael's military said it had struck 150 Hezbollah targets in southern Lebanon overnight.\n",
			quote:   "150 Hezbollah targets",
			measure: "other",
		},
		{
			name:     "a country's body counts the dead of its own country",
			text:     "Test\n\nLebanon's health ministry said 492 people had been killed.\n",
			quote:    "492 people",
			location: "Lebanon",
		},
		{
			name:    "a transcript's answer counts what the question asked about",
			text:    "Briefing on the Marawi operation\n\nQ: How many soldiers were wounded in the fighting?\n\nSPOKESPERSON REYES: Eleven. The rest are safe.\n",
			quote:   "Eleven",
			measure: "wounded", what: "casualties",
		},
		{
			name:    "what already befell the noun wins over the plan before the figure",
			text:    "Test\n\nThe newcomers will join roughly 11,000 soldiers already stationed in the state, the minister said.\n",
			quote:   "roughly 11,000 soldiers",
			measure: "deployed",
		},
		{
			name:    "an infinitive joined to one that a verb of intent governs is a plan",
			text:    "Test\n\nKenya has promised to lead the mission and to send 1,000 police officers, officials said.\n",
			quote:   "1,000 police officers",
			measure: "planned",
		},
		{
			name:  "the speaker's 'we' owns no figure of the side named before",
			text:  "Test\n\nRussian forces attacked 300 times last week, the commander said. \"We lost 40 men in one night,\" he said.\n",
			quote: "40 men",
			actor: "-",
		},
		{
			name:    "an interview's answer counts what the question alone in its paragraph asked about",
			text:    "Interview\n\nHow many soldiers were wounded last week?\n\nEleven, two of them badly.\n",
			quote:   "Eleven",
			measure: "wounded", what: "casualties",
		},
		{
			name:     "what was fired from one side fell where the side that reports it is",
			text:     "Test\n\nThe peacekeepers stayed in their bases near Naqoura. Israel's military said about 50 rockets had crossed from Lebanon during the day.\n",
			quote:    "about 50 rockets",
			location: "Israel",
		},
		{
			name:     "where it was fired from is not where it struck",
			text:     "Test\n\nRoughly 40 projectiles crossed from Lebanon into the Haifa area, according to the military.\n",
			quote:    "Roughly 40 projectiles",
			location: "Haifa",
		},
		{
			name:     "a place the headline names inside its first country is where the story is",
			text:     "Sudan live: RSF accused of mass killings after seizing El Fasher\n\nLive reporting by Staff\nLast updated: Wednesday 29 October 2025, 18:20 EAT\n\n18:14\nWHO: more than 460 killed at a clinic\n\nThe agency said patients were among the dead.\n",
			quote:    "more than 460 killed",
			location: "El Fasher",
		},
		{
			name:     "a headline's capital after its country stands for the whole",
			text:     "Haiti: thousands flee Port-au-Prince after gangs free inmates\n\nStaff reporters\n\nAt least 12 people were killed at the weekend, officials said.\n",
			quote:    "At least 12 people",
			location: "Haiti",
		},
		{
			name:    "people dead are no side's the sentence named before, whoever sends troops",
			text:    "Test\n\nMexico's Defense Ministry is sending 600 soldiers to Sinaloa, where a feud has left more than 800 people dead.\n",
			quote:   "more than 800 people dead",
			measure: "killed", actor: "-",
		},
		{
			name:  "civilian dead are no side's either",
			text:  "Test\n\nIraqi forces retook the city in July. Monitors counted between 9,000 and 11,000 civilian dead.\n",
			quote: "between 9,000 and 11,000 civilian dead",
			actor: "-",
		},
		{
			name:    "a figure added with 'along with' shares the measure of the one before",
			text:    "Test\n\nThe North has shipped more than 12 million artillery rounds to Russia since 2023, along with about 250 ballistic missiles.\n",
			quote:   "about 250 ballistic missiles",
			measure: "supplied",
		},
		{
			name:    "not when a verb of its own comes between",
			text:    "Test\n\nIt said about 50 rockets had crossed from Lebanon and that most had been intercepted, along with two drones.\n",
			quote:   "two drones",
			measure: "intercepted",
		},
		{
			name:    "strikes counted are strikes launched",
			text:    "Test\n\nMonitors found 37 drone strikes on towns in the province in September.\n",
			quote:   "37 drone strikes",
			measure: "launched",
		},
		{
			name:    "what strikes kill are people, not strikes",
			text:    "Israeli strikes on central Beirut kill 22, Lebanon says\n\nStaff\n\nRescuers searched the rubble.\n",
			quote:   "22",
			measure: "killed", what: "casualties",
		},
		{
			name:  "trucks are civilian unless the text says military",
			text:  "Test\n\nOnly 40 trucks carrying flour entered the city on Monday.\n",
			quote: "40 trucks",
			what:  "other",
		},
		{
			name:  "merchant vessels are no equipment; warships are",
			text:  "Test\n\nThe group has attacked more than 100 merchant vessels. The navy sent three warships to the strait.\n",
			quote: "more than 100 merchant vessels",
			what:  "other",
		},
		{
			name:    "things sent that are no forces are no deployment",
			text:    "Test\n\nBaku says it has sent 40 trucks of food into the enclave since the ceasefire.\n",
			quote:   "40 trucks",
			measure: "other",
		},
		{
			name:    "a verb of loss after a pair befalls the first as well",
			text:    "Digest\n\n- Gulmarg, Oct 24: Two soldiers and two civilian porters died when militants ambushed an army vehicle, according to the army.\n",
			quote:   "Two soldiers",
			measure: "killed", what: "casualties",
		},
		{
			name:    "people moved away from the border are evacuees, not forces",
			text:    "Test\n\nMore than 138,000 people have been moved away from the border to nearly 300 temporary shelters, the ministry said.\n",
			quote:   "More than 138,000 people",
			measure: "other", what: "other",
		},
		{
			name:    "shelters are places, not the people before them",
			text:    "Test\n\nMore than 138,000 people have been moved away from the border to nearly 300 temporary shelters, the ministry said.\n",
			quote:   "nearly 300 temporary shelters",
			measure: "other", what: "other",
		},
		{
			name:    "a train is no training",
			text:    "Pakistan says Balochistan train siege over, 33 militants and 21 hostages dead\n\nStaff\n\nThe army said on Wednesday that the siege was over.\n",
			quote:   "33 militants",
			measure: "killed", what: "casualties",
		},
		{
			name:    "people on the move are not deployed",
			text:    "Test\n\nTens of thousands are on the move towards the border, aid groups said.\n",
			quote:   "Tens of thousands",
			measure: "other",
		},
		{
			name:    "posts taken are the taker's",
			text:    "Test\n\nA Taliban spokesman said Afghan units had seized 25 Pakistani army posts before midnight.\n",
			quote:   "25 Pakistani army posts",
			measure: "captured", actor: "Afghanistan",
		},
		{
			name:    "a headline's speaker and owner set no scene",
			text:    "Russia's losses hit a record as Ukraine says the front holds\n\nLondon, 4 December\n\nAbout 1,500 soldiers were killed or wounded every day in November, British intelligence said.\n",
			quote:   "About 1,500 soldiers",
			measure: "casualties", location: "-",
		},
		{
			name:    "a bare figure of the same deed counts the same kind of thing",
			text:    "Test\n\nUkrainian gunners were firing roughly 6,000 shells a day in the summer. Russian artillery fired about 10,000 a day along the front.\n",
			quote:   "about 10,000",
			measure: "launched", what: "munitions", actor: "Russia",
		},
		{
			name:    "gunners act for the side their demonym names",
			text:    "Test\n\nRussian forces fired 300 shells at the town on Sunday. Ukrainian gunners fired 100 shells on Monday.\n",
			quote:   "100 shells",
			measure: "launched", actor: "Ukraine",
		},
		{
			name:    "a gapped figure keeps its partner's lack of owner, whoever attacked",
			text:    "Test\n\nOver the weekend, Russian artillery and glide bombs killed two civilians in the district and wounded at least 11, officials said.\n",
			quote:   "at least 11",
			measure: "wounded", actor: "-",
		},
		{
			name:    "a headline's acting side sets no scene, the side it acts on does",
			text:    "India strikes Pakistan after border attack\n\nDelhi, 7 May\n\nAt least 31 civilians were killed overnight, officials said.\n",
			quote:   "At least 31 civilians",
			measure: "killed", location: "Pakistan",
		},
		{
			name:  "the subject of a clause without 'that' after the noun owns it",
			text:  "Test\n\nResearchers counted the loss of at least 16 of the 109 Bradley fighting vehicles the US has delivered.\n",
			quote: "109 Bradley fighting vehicles",
			what:  "equipment", actor: "United States",
		},
		{
			name:     "a figure with no owner takes no place from another paragraph",
			text:     "Test\n\nShelling on Monday damaged 40 homes in Ukraine.\n\nMeanwhile 12 trucks carrying food crossed at dawn.\n",
			quote:    "12 trucks",
			location: "-",
		},
		{
			name:    "a promise plans",
			text:    "Test\n\nThe bloc has promised Kyiv one million rounds within 12 months.\n",
			quote:   "one million rounds",
			measure: "planned", location: "Ukraine",
		},
		{
			name:    "people admitted to hospital are wounded",
			text:    "Test\n\nAt least 1,277 people were admitted to hospital after the strikes.\n",
			quote:   "At least 1,277 people",
			measure: "wounded", what: "casualties",
		},
		{
			name:    "people abducted are captured",
			text:    "Test\n\nThe insurgents abducted more than 600 women and girls, the group said.\n",
			quote:   "more than 600 women and girls",
			measure: "captured",
		},
		{
			name:    "sea drones are drones",
			text:    "Test\n\nUkraine launched two sea drones at the bridge overnight.\n",
			quote:   "two sea drones",
			measure: "launched", what: "drones",
		},
		{
			name:    "inmates who escaped are people, not losses",
			text:    "Test\n\nSeveral thousand inmates escaped from the prison at the weekend.\n",
			quote:   "Several thousand inmates",
			measure: "other", what: "other",
		},
		{
			name:    "what a side reports shooting down was its enemy's",
			text:    "Russia pushes on Avdiivka\n\nRussian forces attacked the town again, Ukraine said. Ukraine's air force said its gunners had shot down three Su-34 fighter-bombers over the area.\n",
			quote:   "three Su-34 fighter-bombers",
			measure: "intercepted", actor: "Russia",
		},
		{
			name:    "soldiers a side captures are its enemy's",
			text:    "Test\n\nThe Rapid Support Forces and the Sudanese Armed Forces fought near Bara. The Sudanese Armed Forces said the Rapid Support Forces lost ground. The Rapid Support Forces say they captured more than 200 soldiers there.\n",
			quote:   "more than 200 soldiers",
			measure: "captured", actor: "Sudan",
		},
		{
			name:    "with a third party as often named, no side is anyone's enemy",
			text:    "Test\n\nNorth Korea sent troops to Russia, Ukraine said. Russia and North Korea deny it. Ukraine says Russia launched drones. Ukraine says its air defences shot down 220 drones.\n",
			quote:   "220 drones",
			measure: "intercepted", actor: "-",
		},
		{
			name:    "the city a wire story is filed from is no place of its figures",
			text:    "Test\n\nDUBAI, July 11 (Atlas Newswire) - Four crew members were killed when boats struck the vessel on Monday night, the manager said.\n",
			quote:   "Four crew members",
			measure: "killed", location: "-",
		},
		{
			name:  "people from a country are its own, not there",
			text:  "Test\n\nFourteen South African soldiers were among the dead in Goma, along with three from Malawi.\n",
			quote: "three",
			actor: "Malawi", location: "Goma",
		},
		{
			name:    "a capital abroad named in passing sets no scene",
			text:    "Haiti: gangs storm the prisons\n\nHaiti's police said on Sunday that 3,700 inmates escaped. Kenya has promised police officers, but a court ruling in Nairobi has held up the mission. More than 1,100 people were killed in January, the UN said.\n",
			quote:   "More than 1,100 people",
			measure: "killed", location: "Haiti",
		},
		{
			name:     "a headline's country at a border is no scene",
			text:     "Rebels seize last base on Bangladesh border\n\nThe rebels said they held 300 soldiers and police.\n",
			quote:    "300 soldiers",
			location: "-",
		},
		{
			name:  "where other people come from is no place of a figure",
			text:  "Test\n\nIn Goma itself, the UN says close to 3,000 bodies were collected. Fourteen South African soldiers serving with UN forces were among the dead, along with three from Malawi and one from Uruguay.\n",
			quote: "Fourteen South African soldiers",
			actor: "South Africa", location: "Goma",
		},
		{
			name:    "a standfirst goes on from its headline",
			text:    "Ukraine says 40 Russian soldiers captured in Kursk\n\nAbout 200 more were killed in the same battle, the general staff said.\n",
			quote:   "About 200 more",
			measure: "killed", location: "Kursk",
		},
		{
			name:    "a capital acting for its government is not the place",
			text:    "About 9,000 North Korean soldiers are stationed in the Belgorod region, the ministry said. It said Moscow plans to raise the number to 12,000 by spring.",
			quote:   "number to 12,000",
			measure: "planned", location: "Belgorod",
		},
		{
			name:    "a demonym before cities names the country as the place",
			text:    "The air force said 30 Russian drones were launched at Ukrainian cities overnight.",
			quote:   "30 Russian drones",
			measure: "launched", location: "Ukraine",
		},
		{
			name:    "what is made is where it is made, not where it goes",
			text:    "Iranian plants turn out about 2,000 drones a month, most of which are shipped to Russia, analysts said.",
			quote:   "about 2,000 drones",
			measure: "produced", actor: "Iran", location: "Iran",
		},
		{
			name:     "the town refers back to the place named before",
			text:     "Russian forces have nearly encircled Pokrovsk, the general staff said. About 7,000 civilians remain in the town.",
			quote:    "About 7,000 civilians",
			location: "Pokrovsk",
		},
		{
			name:     "the country refers back to the scene's country",
			text:     "Shelling hit Kherson again on Sunday, local officials said. Across the country, more than 3 million people have fled their homes.",
			quote:    "more than 3 million people",
			location: "Ukraine",
		},
		{
			name:     "a figure spread over a list of places has no single location",
			text:     "Fighting in Sudan has displaced millions. About 2 million people have fled to Chad, Egypt and South Sudan, the agency said.",
			quote:    "About 2 million people",
			location: "-",
		},
		{
			name:     "a country outside the war's usual cast",
			text:     "More than 600,000 refugees have crossed into Chad since April, the agency said.",
			quote:    "More than 600,000 refugees",
			location: "Chad",
		},
		{
			name:     "in the same area refers back to the scene",
			text:     "Rebels said they had ambushed a convoy near Kidal on Monday. About 4,000 civilians are trapped in the same area, aid groups say.",
			quote:    "About 4,000 civilians",
			location: "Kidal",
		},
		{
			name:    "a bare figure judged with a copula takes up the figure before",
			text:    "The plant in Yelabuga makes about 2,700 drones a month, the agency said. Analysts say 2,000 is more likely.",
			quote:   "2,000",
			measure: "produced", what: "drones",
		},
		{
			name:  "a figure whose noun is left out shares the owner of the one before",
			text:  "Russian soldiers shelled the village overnight. The governor said 5 civilians had been killed and 31 wounded.",
			quote: "31 wounded",
			actor: "-",
		},
		{
			name:    "drones lost to jamming were stopped, not killed",
			text:    "Air defences shot down 120 drones, and another 80 drones were lost to electronic jamming, the air force said.",
			quote:   "another 80 drones",
			measure: "intercepted", what: "drones",
		},
		{
			name:    "lost tanks are no casualties",
			text:    "Russia has lost more than 3,000 tanks since the invasion began, the analysts said.",
			quote:   "more than 3,000 tanks",
			measure: "other", what: "equipment",
		},
		{
			name:    "a figure that trains counts people",
			text:    "Officials said a further 1,500 were training at a range near Vladivostok.",
			quote:   "a further 1,500",
			measure: "trained", what: "personnel",
		},
		{
			name:     "a place read from its shape sets the scene of its paragraph only",
			text:     "A woman was killed in the Zarichnyi district, the mayor said.\n\nRussia launched 300 attack drones overnight, the air force said.\n",
			quote:    "300 attack drones",
			measure:  "launched",
			location: "-",
		},
		{
			name:     "a label before a number is no place",
			text:     "Officials believe about 300 more fighters were flown in after the battle mapped in Figure 3.",
			quote:    "about 300 more fighters",
			location: "-",
		},
		{
			name:     "the capital is the capital named before",
			text:     "Russia struck Ukraine overnight, Russian officials said. The head of Kyiv's military administration said a woman had been killed. At least 12 people were wounded across the capital.",
			quote:    "At least 12 people",
			location: "Kyiv",
		},
		{
			name:    "a verb after the second of two joined figures tells both",
			text:    "The air force said 500 drones and six missiles had been shot down over the north.",
			quote:   "500 drones",
			measure: "intercepted",
		},
		{
			name:    "what a side shot down was over its own country",
			text:    "Ukraine's air force said 60 Russian drones had been shot down overnight.",
			quote:   "60 Russian drones",
			measure: "intercepted", actor: "Russia", location: "Ukraine",
		},
		{
			name:     "a place passed through is a route",
			text:     "About 300 trucks of aid reached the front line via Dnipro this week, the agency said.",
			quote:    "About 300 trucks",
			location: "-",
		},
		{
			name:  "an armed group that is no state's owns its weapons",
			text:  "US warships shot down 18 Houthi drones over the Red Sea on Tuesday, the Pentagon said.",
			quote: "18 Houthi drones",
			actor: "Houthis",
		},
		{
			name:    "people assembled are deployed, not produced",
			text:    "Commanders estimate that Russia has assembled about 40,000 troops across the border.",
			quote:   "about 40,000 troops",
			measure: "deployed",
		},
		{
			name:    "reservists called up reinforce",
			text:    "Israel called up 5,000 reservists on Wednesday, the army said.",
			quote:   "5,000 reservists",
			measure: "reinforced",
		},
		{
			name:    "people taken to safety are not captured",
			text:    "A total of 2,400 people had been taken to safety, the governor said.",
			quote:   "A total of 2,400 people",
			measure: "other",
		},
		{
			name:    "warships shoot down drones",
			text:    "US warships shoot down 12 drones over the Gulf of Aden",
			quote:   "12 drones",
			measure: "intercepted",
		},
		{
			name:    "an amount in tonnes is a quantity",
			text:    "Ukrainian ports shipped some 43 million tonnes of grain last year, the ministry said.",
			quote:   "some 43 million tonnes",
			measure: "supplied",
		},
		{
			name:    "bodies are the dead",
			text:    "Rescuers have recovered at least 120 bodies from the rubble, officials said.",
			quote:   "at least 120 bodies",
			measure: "killed", what: "casualties",
		},
		{
			name:    "what happened to people wins over where they served",
			text:    "Nine Malawian soldiers serving with the regional force were killed in the fighting, officials said.",
			quote:   "Nine Malawian soldiers",
			measure: "killed", what: "casualties",
		},
		{
			name:    "scene carried from the sentence before",
			text:    "The port town of Izmail was hit overnight. Regional officials said two people had been killed.",
			quote:   "two people",
			measure: "killed", what: "casualties", location: "Izmail",
		},
		{
			name:    "a sea sets the scene of the sentence after",
			text:    "Test\n\nA drone boat struck a bulk carrier in the Red Sea on Monday. Four crew members were killed, the ship's manager said.\n",
			quote:   "Four crew members",
			measure: "killed", location: "Red Sea",
		},
		{
			name:    "a continent sets no scene",
			text:    "Test\n\nShipping lines sent their vessels around Africa instead. Four crew members were killed, the ship's manager said.\n",
			quote:   "Four crew members",
			measure: "killed", location: "-",
		},
		{
			name:    "a place that names an earlier event sets no scene",
			text:    "Test\n\nRussia launched a wave of missiles in response to the Sudzha incursion. Kyiv's mayor said 31 civilians had been killed.\n",
			quote:   "31 civilians",
			measure: "killed", location: "-", // not Sudzha
		},
		{
			name:    "a place after the event it names sets no scene",
			text:    "Test\n\nRussia launched a wave of missiles days after the raid on Sudzha. Kyiv's mayor said 31 civilians had been killed.\n",
			quote:   "31 civilians",
			measure: "killed", location: "-", // not Sudzha
		},
		{
			name:    "a place of the event the story covers sets the scene",
			text:    "Test\n\nThe Kerch bridge attack closed the crossing overnight. Two people were killed, officials said.\n",
			quote:   "Two people",
			measure: "killed", location: "Crimean Bridge",
		},
		{
			name:    "a possessive pronoun on the noun points back to the side named before",
			text:    "Test\n\nArmenia's defence ministry said on Friday that 57 of its soldiers had been wounded.\n",
			quote:   "57 of its soldiers",
			measure: "wounded", actor: "Armenia",
		},
		{
			name:  "a share of a contingent is the contingent's side's",
			text:  "Test\n\nNorth Korean troops arrived in Kursk in October. By February, roughly 30 percent of the initial contingent had become casualties.\n",
			quote: "roughly 30 percent",
			actor: "North Korea",
		},
		{
			name:    "weapons used were launched",
			text:    "Test\n\nThe security service said on Monday that 117 drones had been used in the operation.\n",
			quote:   "117 drones",
			measure: "launched",
		},
		{
			name:    "rockets that crossed a border were launched",
			text:    "Test\n\nAbout 50 rockets crossed from Lebanon during the day, the military said.\n",
			quote:   "About 50 rockets",
			measure: "launched",
		},
		{
			name:    "weapons in general use are no launch",
			text:    "Test\n\nCheap drones are used in their hundreds of thousands along the front.\n",
			quote:   "hundreds of thousands",
			measure: "other",
		},
		{
			name:    "an addition wins over a verb of use",
			text:    "Test\n\nSeveral hundred additional fighters crossed into Mali last month, officials said.\n",
			quote:   "Several hundred additional fighters",
			measure: "reinforced",
		},
		{
			name:    "a measure word a possessive ends is a noun, not a verb",
			text:    "Test\n\nWar-risk premiums have fallen to about 1 percent of a ship's value, brokers say.\n",
			quote:   "about 1 percent",
			measure: "other",
		},
		{
			name:  "money in a currency beyond the big five",
			text:  "Test\n\nEach family will receive 100,000 drams from the government, the ministry said.\n",
			quote: "100,000 drams",
			what:  "money",
		},
		{
			name:  "a figure counts the unknown noun after it, not the known one before",
			text:  "Test\n\nThe army said Indian forces had hit nine sites in Pakistan overnight.\n",
			quote: "nine sites",
			what:  "other", actor: "India",
		},
		{
			name:    "a verb of intent makes the figure of the verb it governs a plan",
			text:    "Test\n\nThe prime minister said the government would pay each refugee 100,000 drams and was ready to house 40,000 families.\n",
			quote:   "40,000 families",
			measure: "planned",
		},
		{
			name:    "a verb of intent does not make a loss a plan",
			text:    "Test\n\nOfficials said the floods would have killed 300 people without the dam.\n",
			quote:   "300 people",
			measure: "killed",
		},
		{
			name:    "a story that goes through a list of places goes on in their country",
			text:    "Test\n\nThe rebels took Aleppo within four days, then Hama and Homs. A monitor counted more than 900 people killed in the first week.\n",
			quote:   "more than 900 people",
			measure: "killed", location: "Syria",
		},
		{
			name:    "a toll nationwide is the country's, not the city's the story was in",
			text:    "Test\n\nIsraeli strikes hit a building in Tyre on Thursday. The health ministry says more than 2,100 people have been killed nationwide since October.\n",
			quote:   "more than 2,100 people",
			measure: "killed", location: "Lebanon",
		},
		{
			name:  "a described owner points back to the armed group named last",
			text:  "Test\n\nThe army said it killed 70 al-Shabaab fighters near Moqokori. The ministry said troops had also captured three of the group's technicals.\n",
			quote: "three",
			actor: "al-Shabaab",
		},
		{
			name:  "a figure of two sides joined by 'and' has no single owner",
			text:  "Test\n\nRussia and Ukraine each released 1,000 prisoners on Friday.\n",
			quote: "1,000 prisoners",
			actor: "-",
		},
		{
			name:  "a ship's crew are people, not troops",
			text:  "Test\n\nThe rebels have held the 25 crew members of the Galaxy Leader since November.\n",
			quote: "25 crew members",
			what:  "other",
		},
		{
			name:  "drone crews are troops",
			text:  "Test\n\nThe brigade trained more than 100 new drone crews this year.\n",
			quote: "more than 100 new drone crews",
			what:  "personnel",
		},
		{
			name:    "homicides and killings count the killed",
			text:    "Test\n\nThe state prosecutor's office has recorded 812 homicides since September, about five killings a day.\n",
			quote:   "812 homicides",
			measure: "killed", what: "casualties",
		},
		{
			name:    "people arrested are captured",
			text:    "Test\n\nDefence Headquarters said troops had killed 193 militants, arrested 312 suspects and rescued 98 kidnapped people.\n",
			quote:   "312",
			measure: "captured",
		},
		{
			name:    "people rescued are no captives any more",
			text:    "Test\n\nDefence Headquarters said troops had killed 193 militants, arrested 312 suspects and rescued 98 kidnapped people.\n",
			quote:   "98",
			measure: "other",
		},
		{
			name:     "a place abroad named in passing sets no scene in a story about one country",
			text:     "Mexico sends troops to Sinaloa\n\nMexico's army said on Monday that Mexico would send more troops. The feud began after a kingpin was detained in Texas in July. Mexico's prosecutors have recorded 812 homicides since September.\n",
			quote:    "812 homicides",
			location: "Sinaloa", // where the headline sets the story, not Texas
		},
		{
			name:    "owner of an earlier noun phrase",
			text:    "Russian troops attacked near the village at dawn. At least 40 of them were killed, the brigade said.",
			quote:   "At least 40",
			measure: "killed", what: "casualties", actor: "Russia",
		},
		{
			name:    "verb before an addition word",
			text:    "Officials said five more soldiers went missing after the battle near Kupiansk.",
			quote:   "five more soldiers",
			measure: "missing", what: "casualties",
		},
		{
			name:    "a modal makes a plan",
			text:    "Moscow will send 2,000 engineers to the Kursk region next year, the ministry said.",
			quote:   "2,000 engineers",
			measure: "planned", what: "personnel", actor: "Russia", location: "Kursk",
		},
		{
			name:  "figures joined by including share owner and verb",
			text:  "Ukrainian forces destroyed 30 Russian tanks, including 12 command vehicles, the army said.",
			quote: "12 command vehicles",
			actor: "Russia",
		},
		{
			name:    "a name's possessive inside the noun phrase",
			text:    "The agency said about 2,000 of the North's soldiers had been killed or wounded in Kursk.",
			quote:   "about 2,000 of the North's soldiers",
			measure: "casualties", what: "casualties", actor: "North Korea", location: "Kursk",
		},
		{
			name:    "destroyed systems are other losses, destroyed drones intercepted",
			text:    "Air defences destroyed 54 drones overnight, and artillery destroyed 12 Russian launchers.",
			quote:   "12 Russian launchers",
			measure: "other", what: "equipment", actor: "Russia",
		},
		{
			name:  "a currency sign counts money",
			text:  "Germany will pay about $2 billion for the systems, officials in Berlin said.",
			quote: "about $2 billion",
			what:  "money",
		},
		{
			name:  "speakers' countries are neither actors nor places",
			text:  "A US official told reporters that Russia had lost 1,500 soldiers near Pokrovsk in a week.",
			quote: "1,500 soldiers",
			actor: "Russia", location: "Pokrovsk",
		},
		{
			name:    "a country's purchases for itself are at home",
			text:    "Poland's defence ministry said on Monday that Poland plans to buy 96 Apache helicopters. Poland already operates older helicopters.",
			quote:   "96 Apache helicopters",
			measure: "planned", actor: "Poland", location: "Poland",
		},
		{
			name:    "es: what a scale word counts follows 'de'",
			text:    "Corea del Norte ha suministrado a Moscú unos 6 millones de proyectiles de artillería, según Kiev.",
			quote:   "unos 6 millones de proyectiles",
			measure: "supplied", what: "munitions", actor: "North Korea", location: "Russia",
		},
		{
			name:    "es: a demonym after the noun names the owner, not a second noun",
			text:    "El Ministerio de Defensa ruso aseguró que había interceptado 34 drones ucranianos sobre la región de Briansk.",
			quote:   "34 drones ucranianos",
			measure: "intercepted", what: "drones", actor: "Ukraine", location: "Bryansk",
		},
		{
			name:    "es: the subject of a relative clause on the noun is the owner",
			text:    "El contingente se sumaría a los cerca de 11.000 soldados que Corea del Norte envió a la región de Kursk.",
			quote:   "cerca de 11.000 soldados",
			measure: "deployed", what: "personnel", actor: "North Korea", location: "Kursk",
		},
		{
			name:    "es: what is made in a country's region is that country's",
			text:    "La planta de Alabuga, en Tatarstán, produce ya alrededor de 2.700 drones al mes.",
			quote:   "alrededor de 2.700 drones",
			measure: "produced", what: "drones", actor: "Russia", location: "Tatarstan",
		},
		{
			name:    "es: a demonym after the forces names the side",
			text:    "Las fuerzas rusas han tomado cuatro localidades de la región de Donetsk.",
			quote:   "cuatro localidades",
			measure: "captured", what: "other", actor: "Russia", location: "Donetsk",
		},
		{
			name:    "es: a demonym after a region noun is the country as a place",
			text:    "Rusia lanzó 145 drones contra ciudades ucranianas durante la noche.",
			quote:   "145 drones",
			measure: "launched", what: "drones", actor: "Russia", location: "Ukraine",
		},
		{
			name:    "es: captured people taken up from casualties are personnel",
			text:    "Otros 18 soldados norcoreanos siguen desaparecidos y dos más fueron capturados por el ejército ucraniano.",
			quote:   "dos más",
			measure: "captured", what: "personnel", actor: "North Korea",
		},
		{
			name:    "es: a bulleted headline takes no owner from the item before it",
			text:    "Titulares\n\n- Seúl: unos 4.700 norcoreanos muertos o heridos desde octubre\n- Járkov: un ataque con drones deja al menos 47 heridos\n",
			quote:   "al menos 47 heridos",
			measure: "wounded", what: "casualties", actor: "-", location: "Kharkiv",
		},
		{
			name:    "es: the destination a sending verb names before its figure",
			text:    "Corea del Norte enviará a la región rusa de Kursk mil zapadores, anunció Serguéi Shoigú tras reunirse con Kim Jong-un en Pionyang.",
			quote:   "mil zapadores",
			measure: "planned", what: "personnel", actor: "North Korea", location: "Kursk",
		},
		{
			name:    "es: who made a thing after 'de fabricación', and no verb past 'de que'",
			text:    "El ministerio informó de que las fuerzas armadas recibieron más de 2,2 millones de drones de fabricación ucraniana y de que el Gobierno planea adquirir más.",
			quote:   "más de 2,2 millones de drones",
			measure: "supplied", what: "drones", actor: "Ukraine",
		},
		{
			name:    "es: an addition word after the noun",
			text:    "Corea del Norte envió unos 3.000 soldados adicionales a Rusia en enero.",
			quote:   "unos 3.000 soldados",
			measure: "reinforced", what: "personnel", actor: "North Korea", location: "Russia",
		},
		{
			name:    "uk: the owner in the genitive after the noun",
			text:    "Генштаб ЗСУ повідомив, що на Курщині за тиждень вибули з ладу понад 200 військових КНДР.",
			quote:   "понад 200 військових",
			measure: "casualties", what: "casualties", actor: "North Korea", location: "Kursk",
		},
		{
			name:    "uk: the receiver after a verb of supplying is the place",
			text:    "Північна Корея передала Росії понад 100 балістичних ракет, заявив Кирило Буданов.",
			quote:   "понад 100 балістичних ракет",
			measure: "supplied", what: "missiles", actor: "North Korea", location: "Russia",
		},
		{
			name:    "uk: the target of an attack and a coordinated figure",
			text:    "Уночі російські війська атакували Україну 96 ударними дронами та двома балістичними ракетами, повідомили Повітряні сили.",
			quote:   "двома балістичними ракетами",
			measure: "launched", what: "missiles", actor: "Russia", location: "Ukraine",
		},
		{
			name:    "uk: an addition adverb and the destination before the figure",
			text:    "Розвідка повідомила, що КНДР додатково направила до Росії 1 500 військових.",
			quote:   "1 500 військових",
			measure: "reinforced", what: "personnel", actor: "North Korea", location: "Russia",
		},
		{
			name:    "uk: a figure in the range of years with a no-break space is a count",
			text:    "Генштаб ЗСУ повідомив, що за добу Росія втратила 1\u00a0830 військовослужбовців.",
			quote:   "1\u00a0830 військовослужбовців",
			measure: "casualties", what: "casualties", actor: "Russia",
		},
		{
			name:    "uk: a part of an earlier figure takes the verb after it",
			text:    "Повітряні сили повідомили, що уночі Росія атакувала Україну 74 ударними дронами, 47 з них збито.",
			quote:   "47",
			measure: "intercepted", what: "drones", actor: "Russia",
		},
		{
			name:    "uk: a name in quotation marks is the counted noun",
			text:    "За даними ГУР, російські заводи щомісяця виготовляють до 2 700 «Шахедів».",
			quote:   "до 2 700 «Шахедів",
			measure: "produced", what: "drones", actor: "Russia",
		},
		{
			name:    "uk: a demonym before regions is the country as the place",
			text:    "Міноборони Росії заявило, що над російськими регіонами було перехоплено 95 українських безпілотників.",
			quote:   "95 українських безпілотників",
			measure: "intercepted", what: "drones", actor: "Ukraine", location: "Russia",
		},
		{
			name:     "uk: the owner after a noun is no place",
			text:     "Розвідка вважає, що нова група налічує 1 500 військових, а загальна кількість військових КНДР у Росії сягнула 14 тисяч.",
			quote:    "1 500 військових",
			location: "Russia",
		},
		{
			name:    "uk: a news feed item takes no place from the items before it",
			text:    "Стрічка новин\n\n18:05 Сеул: на Курщині загинули щонайменше 300 північнокорейців\n\n17:30 Генштаб ЗСУ: за добу Росія втратила 1\u00a0830 військовослужбовців\n",
			quote:   "1\u00a0830 військовослужбовців",
			measure: "casualties", actor: "Russia", location: "-",
		},
		{
			name:    "uk: figures joined across a weapon name in quotation marks",
			text:    "Як заявив Кирило Буданов, КНДР передала Росії щонайменше 120 самохідних гармат «Коксан» та 120 реактивних систем залпового вогню.",
			quote:   "120 реактивних систем",
			measure: "supplied", what: "equipment", actor: "North Korea", location: "Russia",
		},
		{
			name:    "uk: a demonym after the noun belongs to the next noun",
			text:    "Як зазначають аналітики ISW, за лютий російські війська захопили близько 400 квадратних кілометрів української території.",
			quote:   "близько 400 квадратних кілометрів",
			measure: "captured", what: "other", actor: "Russia", location: "Ukraine",
		},
		{
			name:    "displacement is other",
			text:    "The fighting has forced more than 200,000 people from their homes in Sudan, the agency said.",
			quote:   "more than 200,000 people",
			measure: "other", what: "other", location: "Sudan",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := analyze(t, tt.text, tt.quote)
			check := func(field, got, want string) {
				if want == "-" {
					want = "" // must be empty
				} else if want == "" {
					return
				}
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("measure", q.Measure, tt.measure)
			check("what", q.What, tt.what)
			check("actor", q.Actor, tt.actor)
			check("location", q.Location, tt.location)
		})
	}
}

// TestMillionsAbbreviated checks that "1.5m people" counts 1.5 million
// people, while "a 1.5m wall" is a length and no quantity.
func TestMillionsAbbreviated(t *testing.T) {
	q := analyze(t, "Test\n\nAbout 1.5m people have fled the fighting, the UN said.\n", "About 1.5m people")
	if q.Value.V != 1.5e6 {
		t.Errorf("1.5m people: value %v, want 1500000", q.Value.V)
	}
	if got := figures(t, "Test\n\nSoldiers built a 1.5m wall around the base.\n"); len(got) != 0 {
		t.Errorf("a 1.5m wall: figures %q, want none", got)
	}
}

// TestRatioIsNoCount checks that the base of a ratio ("one in five
// soldiers") counts no soldiers.
func TestRatioIsNoCount(t *testing.T) {
	if got := figures(t, "Test\n\nOne in five soldiers was wounded, the survey found.\n"); len(got) != 0 {
		t.Errorf("one in five soldiers: figures %q, want none", got)
	}
	if got := figures(t, "Test\n\nSome 33 million people - about one in seven Pakistanis - have been affected. Output grew by 3.7 percent in 2023.\n"); !slices.Equal(got, []string{"Some 33 million", "3.7 percent"}) {
		t.Errorf("figures %q, want the 33 million and the 3.7 percent only", got)
	}
}

func TestPhoneNumbersAreNotQuantities(t *testing.T) {
	got := figures(t, "The ministry said 4,000 drones were delivered.\nPress office: +380 44 000 0000 | Fax +1 (202) 555-0100\nThe toll rose by +1,200 in a week.\n")
	if want := []string{"4,000", "1,200"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// Page furniture numbers identify or address, they count nothing: national
// phone numbers in groups, "No.", "Figure", hotlines, house numbers.
func TestFurnitureNumbersAreNotQuantities(t *testing.T) {
	got := figures(t, "The ministry said 4,000 drones were delivered in 2024.\n"+
		"Got a story? Call 048 700 12 34 or visit our office, 12 Harbour Street. To advertise call 677 000 412.\n"+
		"Registered charity No. 1098765. See Figure 2. If you need help, call the emergency line 123.\n"+
		"The Long War, by A. Writer. Holloway, 412 pp. ISBN 978-1-80012-417-3.\n"+
		"Ukraine plans to call up 200,000 more men.\n")
	if want := []string{"4,000", "200,000"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// "number" as a verb ("could number 3,000 troops") leaves its figure a
// quantity; "number 7" labels.
func TestNumberAsAVerb(t *testing.T) {
	got := figures(t, "Officials said the force could number close to 3,000 troops. The striker wore number 7 for years.\n")
	if want := []string{"close to 3,000"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// A figure written with a word is a quantity when it is large, even with
// nothing the lexicon knows after it.
func TestLargeWordFiguresCount(t *testing.T) {
	got := figures(t, "In its first year the route carried about 64 million tonnes of cargo.\n")
	if want := []string{"about 64 million tonnes"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// figures runs the default pipeline over text and returns the number of
// each quantity.
func figures(t *testing.T, text string) []string {
	t.Helper()
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := news.Doc{ID: "t", Text: text}
	if err := p.Run(context.Background(), &d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range d.Quantities {
		got = append(got, q.Number.Of(d.Text))
	}
	return got
}

func TestRates(t *testing.T) {
	tests := []struct{ text, quote, per string }{
		{"Russian forces lost an average of 1,300 soldiers a day in May, the ministry said.", "1,300 soldiers", "day"},
		{"The plant turns out about 2,000 drones per month.", "about 2,000 drones", "month"},
		{"Ukraine now fires more than 100 drones a week at refineries.", "more than 100 drones", "week"},
		{"Officials cited a daily average of 1,500 casualties.", "1,500 casualties", "day"},
		{"North Korea can make 1.5 million shells a year.", "1.5 million shells", "year"},
		{"Kyiv says 40 drones were launched overnight.", "40 drones", ""},
		{"The ministry put the monthly total at 45,680 casualties.", "45,680 casualties", ""},
		{"About 30 soldiers were killed a day after the strike.", "About 30 soldiers", ""},
	}
	for _, tt := range tests {
		t.Run(tt.quote, func(t *testing.T) {
			if q := analyze(t, tt.text, tt.quote); q.Per != tt.per {
				t.Errorf("per = %q, want %q (%q)", q.Per, tt.per, q.Of(tt.text))
			}
		})
	}
}

func TestPeriods(t *testing.T) {
	tests := []struct{ text, quote, per, start, end string }{
		{"Russian forces lost 45,680 soldiers in November, the ministry said on Tuesday.", "45,680 soldiers", "month", "2024-11-01", "2024-11-30"},
		{"Russia has lost more than 700,000 soldiers since February 2022, the ministry said.", "more than 700,000 soldiers", "", "2022-02-01", "2024-12-04"},
		{"Russia launched 6,297 drones at Ukraine in July, the air force said.", "6,297 drones", "month", "2024-07-01", "2024-07-31"},
		{"About 11,000 North Korean troops arrived in Russia in October, officials said.", "About 11,000 North Korean troops", "", "2024-10-01", "2024-10-31"},
		{"The ministry said in a report last week that 40 drones were shot down overnight.", "40 drones", "", "", ""},
	}
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.quote, func(t *testing.T) {
			d := news.Doc{ID: "t", Text: tt.text}
			d.Meta.Published = time.Date(2024, 12, 4, 0, 0, 0, 0, time.UTC)
			d.Meta.Lang = "en"
			if err := p.Run(context.Background(), &d); err != nil {
				t.Fatal(err)
			}
			var q *news.Quantity
			for i := range d.Quantities {
				if d.Quantities[i].Of(d.Text) == tt.quote {
					q = &d.Quantities[i]
				}
			}
			if q == nil {
				t.Fatalf("no quantity %q", tt.quote)
			}
			if q.Per != tt.per {
				t.Errorf("per = %q, want %q", q.Per, tt.per)
			}
			var start, end string
			if q.Period != nil {
				start, end = q.Period.Date.Format(time.DateOnly), q.Period.End.Format(time.DateOnly)
			}
			if start != tt.start || end != tt.end {
				t.Errorf("period = %s..%s, want %s..%s", start, end, tt.start, tt.end)
			}
		})
	}
}

// Numbers of sections and list items count nothing; the figures after
// them do.
func TestListMarkersAreNotQuantities(t *testing.T) {
	got := figures(t, "Analysis\n\n1. Firing rates\n\nGunners fired 6,000 shells a day.\n\n2) Production\n\n  3. Plants made 14,000 shells a month.\n")
	if want := []string{"6,000", "14,000"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// Note markers in square brackets count nothing; a bracketed figure with
// a noun still does.
func TestFootnoteMarkersAreNotQuantities(t *testing.T) {
	got := figures(t, "Report\n\nSome 40,000 people have fled, the agency says.[1] Aid reached [2] 300 families.\n\nNotes\n[1] Agency update, 12 May.\n[2] Field report.\n")
	if want := []string{"Some 40,000", "300"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// Section numbers, ages after "the age of" and phone numbers with the trunk
// zero in brackets count nothing.
func TestReportFurnitureIsNoQuantity(t *testing.T) {
	got := figures(t, "Report\n\n2.2 Arrivals peaked in September at 20,000 people a day.\n2.5 million people fled.\nAt least 730 children under the age of five were killed.\nFor inquiries: Public Affairs, (02) 911-6193\n")
	if want := []string{"20,000", "2.5 million", "At least 730"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// A fraction of a period is no quantity; a fraction of people is.
func TestPartOfAPeriodIsNoQuantity(t *testing.T) {
	got := figures(t, "Report\n\nThe agency expects 300 families to return in the first half of 2025. More than half of the troops were wounded.\n")
	if want := []string{"300", "More than half"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// An age set off by commas after a name counts nothing.
func TestAgeAfterANameIsNoQuantity(t *testing.T) {
	got := figures(t, "Those convicted include Salah Abdeslam, 33, who is serving a life term, and six others.\n")
	if want := []string{"six"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// A time of day on the 24-hour clock counts nothing; a four-digit count
// after the same words does.
func TestTwentyFourHourTimesAreNoQuantities(t *testing.T) {
	got := figures(t, "ISLAND FM - 1300 BULLETIN\n\nThe army put 1500 troops on the streets at 0600 hours. Police found 1200 detonators by Monday. The next bulletin is at 1400.\n")
	if want := []string{"1500", "1200"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// An earthquake's magnitude is a reading on a scale, listed or not; the
// counts around it stay.
func TestMagnitudesAreNoQuantities(t *testing.T) {
	got := figures(t, "Two earthquakes of magnitude 6.8 and 6.2 struck the coast, and a 5.9 magnitude aftershock followed. Rescuers pulled 40 people from the rubble. Землетрясение магнитудой 7,1 разрушило 300 домов.\n")
	if want := []string{"40", "300"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// Where forces are sent from is not where they go, even when the sentence
// names no other place; "prepared to deploy" is a plan.
func TestSentFromIsNoLocation(t *testing.T) {
	for _, tt := range []struct{ text, prefix, measure, loc string }{
		{"Fighting spread across Juba on Sunday. Washington said it was ready to send up to 130 more troops from Djibouti if needed.\n", "up to 130", "planned", ""},
		{"Fighting spread across Juba on Sunday. Kenya said it was sending 200 police officers from Mombasa.\n", "200 police", "deployed", ""},
		{"The bloc said it was prepared to deploy as many as 4,000 troops.\n", "as many as 4,000", "planned", ""},
		{"Fighting spread across Juba. Kenya said it had sent 200 police officers from Mombasa to Juba.\n", "200 police", "deployed", "South Sudan"},
	} {
		q := analyze(t, tt.text, tt.prefix)
		if q.Measure != tt.measure || q.Location != tt.loc {
			t.Errorf("%q: measure %q location %q, want %q %q", tt.prefix, q.Measure, q.Location, tt.measure, tt.loc)
		}
	}
}

// Measures read from a total, a noun and a share: those a toll includes
// are dead; detainees are people taken; "700 more" adds to the last figure
// of the same deed; a share of the vote is given to no one.
func TestTollIncludesDetaineesMoreAndVoteShare(t *testing.T) {
	wantMeasureWhat(t, []measureCase{
		{"He said the ministry's toll included 44 soldiers on the government side.\n", "44 soldiers", "killed", "casualties"},
		{"The injury toll included 30 children.\n", "30 children", "wounded", "casualties"},
		{"Hundreds of detainees were crammed into the centre.\n", "Hundreds of detainees", "captured", "personnel"},
		{"Police said more than 1,000 people had been detained on Tuesday. It said 51 protesters had been injured. A channel said about 700 more were held on Wednesday.\n", "about 700", "captured", "personnel"},
		{"The commission gave the president 80.1 per cent of the vote.\n", "80.1 per cent", "other", "percent"},
	})
}

// The figure before an active "kill" with a figure for object is the
// killer: weapons that kill went off, people who kill were not killed; a
// headline's "300 troops killed, 2,700 wounded" lists two losses.
func TestKillersAreNotKilled(t *testing.T) {
	wantMeasureWhat(t, []measureCase{
		{"Two car bombs outside the ministry on Saturday killed at least 100 people.\n", "Two car bombs", "launched", "munitions"},
		{"Three suicide bombers killed 20 people at the market.\n", "Three suicide bombers", "other", "personnel"},
		{"Three suicide bombers killed 20 people at the market.\n", "20 people", "killed", "casualties"},
		{"About 300 troops killed, 2,700 wounded\n\nThe agency gave the figures on Friday.\n", "About 300 troops", "killed", "casualties"},
		{"Iraqi forces had suffered 774 killed and 4,600 wounded.\n", "774", "killed", "casualties"},
	})
}

// In a roundup of datelined stories each story happens in its dateline's
// city and takes nothing from the one before; a country named as the owner
// of one of its bodies is no place.
func TestRoundupStoriesHaveTheirOwnPlace(t *testing.T) {
	text := "WORLD BRIEFS\n\nMOGADISHU - Two car bombs outside Somalia's education ministry killed at least 100 people, the president said.\n\nSEOUL - Officials said 82 people were injured in a crowd crush.\n\nNAIROBI - Floods killed 40 people, the Kenya Red Cross said.\n"
	for prefix, want := range map[string]string{"at least 100": "Mogadishu", "82 people": "Seoul", "40 people": "Nairobi"} {
		if q := analyze(t, text, prefix); q.Location != want {
			t.Errorf("%q: location %q, want %q", prefix, q.Location, want)
		}
	}
}

// "Label: figure" rows under a caption: the label names what is counted or
// where; the one country the caption names owns the rows.
func TestLabelRows(t *testing.T) {
	text := "Defence desk\n\nThe ministry published its daily table on Wednesday.\n\nCLAIMED SYRIAN GOVERNMENT LOSSES SINCE 27 FEBRUARY\n(change since Tuesday in brackets)\nPersonnel neutralised: 2,557 (+184)\nTanks destroyed: 135 (+4)\n\nCHART 1 | Confirmed deaths, by country\nTürkiye: 44,374 | Syria: 5,951\n"
	for _, tt := range []struct{ prefix, measure, what, actor, loc string }{
		{"135", "other", "equipment", "Syria", ""},
		{"2,557", "killed", "casualties", "Syria", ""},
		{"44,374", "killed", "casualties", "", "Turkey"},
		{"5,951", "killed", "casualties", "", "Syria"},
	} {
		q := analyze(t, text, tt.prefix)
		if q.Measure != tt.measure || q.What != tt.what || q.Actor != tt.actor || tt.loc != "" && q.Location != tt.loc {
			t.Errorf("%q: %s %s actor %q location %q, want %s %s %q %q", tt.prefix, q.Measure, q.What, q.Actor, q.Location, tt.measure, tt.what, tt.actor, tt.loc)
		}
	}
}

// A fraction in words of a group is the percentage it is; a part of a time
// is no share.
func TestFractionsOfAGroupArePercentages(t *testing.T) {
	for _, tt := range []struct {
		text, prefix string
		v            float64
	}{
		{"About half of the Syrian refugees live in five provinces.\n", "About half", 50},
		{"Two-thirds of the dead were civilians.\n", "Two-thirds", 66.7},
	} {
		q := analyze(t, tt.text, tt.prefix)
		if q.What != "percent" || q.Value.V != tt.v {
			t.Errorf("%q: %s %v, want percent %v", tt.prefix, q.What, q.Value.V, tt.v)
		}
	}
	if got := figures(t, "In the first half of the year 40 people died.\n"); !slices.Equal(got, []string{"40"}) {
		t.Errorf("quantities %q, want [40]", got)
	}
}

// An unknown name before a site's noun after "the" names the site, not a
// place: the figure stays where the story is.
func TestSitesAreNoPlaces(t *testing.T) {
	text := "Fighting raged in Juba on Sunday. Two peacekeepers were killed when a shell struck their vehicle near the Tomping base.\n"
	if q := analyze(t, text, "Two peacekeepers"); q.Location != "Juba" {
		t.Errorf("location %q, want Juba", q.Location)
	}
	text = "Staff at Gorom hospital treated 40 wounded men.\n"
	if q := analyze(t, text, "40 wounded"); q.Location != "Gorom" {
		t.Errorf("location %q, want Gorom", q.Location)
	}
}

// Recruiting is reinforcing; a drive or a decision to recruit is a plan.
func TestRecruitingPlans(t *testing.T) {
	for _, tt := range []struct{ text, prefix, measure string }{
		{"The Government has decided to recruit 1,500 new soldiers before the end of 2025.\n", "1,500 new soldiers", "planned"},
		{"The army launched a drive to recruit 50,000 volunteers.\n", "50,000 volunteers", "planned"},
		{"The army recruited 3,000 soldiers last year.\n", "3,000 soldiers", "reinforced"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Measure != tt.measure {
			t.Errorf("%q: measure %q, want %q", tt.prefix, q.Measure, tt.measure)
		}
	}
}

// A percentage of what a country owns is that country's.
func TestShareOfACountrysThings(t *testing.T) {
	q := analyze(t, "Drones have knocked out roughly 17 percent of Russia's refining capacity.\n", "roughly 17 percent")
	if q.Actor != "Russia" || q.What != "percent" {
		t.Errorf("actor %q what %q, want Russia percent", q.Actor, q.What)
	}
	q = analyze(t, "Turnout reached 60 percent of the electorate.\n", "60 percent")
	if q.Actor != "" {
		t.Errorf("actor %q, want none", q.Actor)
	}
}

// Modifiers joined by "and" before the noun belong to it, even when the
// first is also a measure word ("rescue").
func TestJoinedModifiersBeforeTheNoun(t *testing.T) {
	text := "AFAD says more than 238,000 rescue and relief workers have been sent to the region.\n"
	q := analyze(t, text, "more than 238,000")
	if q.Of(text) != "more than 238,000 rescue and relief workers" || q.What != "personnel" || q.Measure != "deployed" {
		t.Errorf("quote %q what %q measure %q, want the whole phrase, personnel, deployed", q.Of(text), q.What, q.Measure)
	}
}

// A thread's post numbers and references to parts of a text count nothing.
func TestPostNumbersAndReferences(t *testing.T) {
	got := figures(t, "1/ Police say at least 1,800 people have been killed.\n\n2/ The toll I gave in post 1 was wrong; see paragraph 4 and item 3. Rescuers found 12 more bodies.\n")
	if want := []string{"at least 1,800", "12"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// People who open fire in the city the story is in stay there: a night's
// launches count over a whole country, not gunmen.
func TestGunmenWhoFireStayInTheCity(t *testing.T) {
	text := "Siege in Chennai\n\nA group of about ten gunmen came ashore near the harbour in Chennai on Tuesday. Two gunmen opened fire in the main railway station, killing at least 50 people.\n"
	for _, prefix := range []string{"Two gunmen", "at least 50"} {
		if q := analyze(t, text, prefix); q.Location != "Chennai" {
			t.Errorf("%q: location %q, want Chennai", prefix, q.Location)
		}
	}
}

// Forces flown or rushed in are deployed where the story is, not where
// they came from.
func TestFlownInIsDeployed(t *testing.T) {
	text := "Siege in Chennai\n\nGunmen came ashore near the harbour in Chennai on Tuesday. The police chief says 120 commandos have been flown in from Delhi.\n"
	if q := analyze(t, text, "120 commandos"); q.Measure != "deployed" || q.Location == "Delhi" {
		t.Errorf("measure %q location %q, want deployed, not Delhi", q.Measure, q.Location)
	}
}

// "X losses at N and Y losses at M": each figure counts the noun it is put
// at, with that noun's owner, not the figure before it.
func TestEachFigurePutAtItsOwnNoun(t *testing.T) {
	text := "The ministry put Russian losses at 1,200 and Ukrainian losses at 300.\n"
	for prefix, want := range map[string]string{"1,200": "Russia", "300": "Ukraine"} {
		if q := analyze(t, text, prefix); q.Actor != want || q.Noun != "losses" {
			t.Errorf("%q: actor %q noun %q, want %q losses", prefix, q.Actor, q.Noun, want)
		}
	}
}

// A wire story's version number and a figure inside a measuring adjective
// count nothing.
func TestWireVersionsAndMeasuringAdjectives(t *testing.T) {
	got := figures(t, "UPDATE 2-Shelling kills 14 in eastern town\n\nRescuers searched a five-storey building and a 40-kilometre stretch of road, where 37 people were wounded.\n")
	if want := []string{"14", "37"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// "N of the M things": the part counts the noun the whole names; what
// befell the part is read before the whole when the whole's own clause
// follows it.
func TestPartOfTheWholeFigure(t *testing.T) {
	for _, tt := range []struct{ text, prefix, what, measure string }{
		{"Air defence units shot down 18 of the 22 drones launched by the enemy.\n", "18 of the 22", "drones", "intercepted"},
		{"Researchers documented the loss of at least 16 of the 109 armoured vehicles the allies have delivered.\n", "at least 16", "equipment", "other"},
		{"Eleven of the 25 people who had been aboard remained missing.\n", "Eleven of the 25", "casualties", "missing"},
	} {
		q := analyze(t, tt.text, tt.prefix)
		if q.What != tt.what || q.Measure != tt.measure {
			t.Errorf("%q: %s %s, want %s %s", tt.prefix, q.What, q.Measure, tt.what, tt.measure)
		}
	}
}

// A site named after what it keeps is what the figure counts: "two
// ammunition depots" are no munitions.
func TestSitesThatKeepThings(t *testing.T) {
	q := analyze(t, "Our units destroyed two enemy ammunition depots.\n", "two")
	if q.What != "other" || q.Noun != "enemy ammunition depots" {
		t.Errorf("what %q noun %q, want other, enemy ammunition depots", q.What, q.Noun)
	}
}

// measureCase is a figure's expected measure and what, found by the prefix
// of its quote in text.
type measureCase struct{ text, prefix, measure, what string }

// wantMeasureWhat checks each case's measure and what.
func wantMeasureWhat(t *testing.T, cases []measureCase) {
	t.Helper()
	for _, tt := range cases {
		q := analyze(t, tt.text, tt.prefix)
		if q.Measure != tt.measure || q.What != tt.what {
			t.Errorf("%q: %s %s, want %s %s", tt.prefix, q.Measure, q.What, tt.measure, tt.what)
		}
	}
}

// "N times that" is a ratio, not a count of occasions.
func TestMultipliersAreNoQuantities(t *testing.T) {
	got := figures(t, "Q: How many shells do you fire a day?\nA: On a quiet day about 300. When they attack, we need three times that. Their guns fired 1,200 times overnight.\n")
	if want := []string{"about 300", "1,200"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// A figure no sentence places happened where the story is set: the
// headline's place for any figure but a share, a product, a delivery or a
// training, and a launch by the side at home; without one, the narrowest
// place holding the places the story names twice or more in its one
// country, or that country. A story at sea, or of two states' forces, has
// no setting; a figure of a year before is no part of the story's events.
func TestStorySetting(t *testing.T) {
	for _, tt := range []struct{ name, text, prefix, loc string }{
		{"the headline's place, for figures of any measure",
			"Cyclone leaves Beira in ruins\n\nThe storm struck on Thursday night. Officials said some 60,000 homes had lost their roofs.\n",
			"some 60,000 homes", "Beira"},
		{"a country named often, a town once: the country",
			"Thousands detained as protests spread\n\nBelarus's interior ministry said on Monday that about 6,000 people had been detained since the vote. Opposition channels in Belarus said hundreds of protesters had been hurt. Belarus has rejected calls for a recount. Riot police used stun grenades in Gomel on Sunday.\n",
			"hundreds of protesters", "Belarus"},
		{"places named twice in one region: the region",
			"Gunmen attack churches and a police post\n\nGunmen opened fire on a church in Makhachkala on Sunday. Dagestan's governor declared three days of mourning. Police in Makhachkala said the attackers had been killed. At least 25 people were wounded, officials in Russia said.\n",
			"At least 25 people", "Dagestan"},
		{"a dependent territory is its own place",
			"Officials revise the hurricane toll\n\nPuerto Rico's governor said on Tuesday that 2,975 deaths were now the official toll. Puerto Rico had counted 64 until then. Researchers said the risk of dying had been highest in Puerto Rico's poorest areas, where dozens of deaths went uncounted.\n",
			"dozens of deaths", "Puerto Rico"},
		{"a story at sea has no setting",
			"Second ship sinks after attack\n\nEleven sailors were still missing on Tuesday, the shipping company said. Yemen's rebels said they had held the rest of the crew. Yemen has seen such attacks for months. The crew abandoned the vessel in the Red Sea on Monday.\n",
			"Eleven sailors", ""},
		{"a launch from the story's own country is not into it",
			"Israel strikes back at Iran\n\nIsrael said its jets had launched about 100 missiles overnight. Israel's military said all its aircraft had returned.\n",
			"about 100 missiles", "Iran"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Location != tt.loc {
			t.Errorf("%s: %q location %q, want %q", tt.name, tt.prefix, q.Location, tt.loc)
		}
	}
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "North Korea fires missiles toward East Sea\n\nNorth Korea fired a barrage of short-range ballistic missiles toward the East Sea early Thursday, the military said. The launches drew protests from Tokyo. Seoul raised its alert level. Pyongyang has held such drills often this year. In the same period last year, the North tested 20 ballistic missiles, the military said.\n"
	for published, want := range map[string]string{"2024-05-30": "", "": "East Sea"} {
		d := news.Doc{ID: "t", Text: text}
		if published != "" {
			d.Meta.Published, _ = time.Parse(time.DateOnly, published)
		}
		if err := p.Run(context.Background(), &d); err != nil {
			t.Fatal(err)
		}
		for _, q := range d.Quantities {
			if q.Of(text) == "20 ballistic missiles" && q.Location != want {
				t.Errorf("a figure of the year before, published %q: location %q, want %q", published, q.Location, want)
			}
		}
	}
}

// A verb of giving before a noun for figures states them: it supplies
// nothing ("gives the familiar figures: 649 servicemen").
func TestGivingFiguresIsNoSupply(t *testing.T) {
	wantMeasureWhat(t, []measureCase{
		{"The historian gives the familiar headline figures: 649 servicemen and 255 marines.\n", "649 servicemen", "other", "personnel"},
		{"The ministry gave its own count, 120 soldiers, on Friday.\n", "120 soldiers", "other", "personnel"},
		{"The army gave 40 rifles to the militia.\n", "40 rifles", "supplied", "equipment"},
	})
}

// A toll's figure counts the dead ("put the toll at the station at 58
// people"), not a figure near a toll of another clause; those found dead
// were killed, even as hostages; those hospitals have treated were hurt.
func TestTollsFoundDeadAndTreated(t *testing.T) {
	wantMeasureWhat(t, []measureCase{
		{"Railway police later put the toll at the station at 58 people.\n", "58 people", "killed", "casualties"},
		{"The rabbi, his wife and four other hostages are found dead.\n", "four other hostages", "killed", "casualties"},
		{"Hospitals say they have treated more than 300 people.\n", "more than 300", "wounded", "casualties"},
		{"Inflated tolls travel fast: we found at least 15 accounts repeating the figure.\n", "at least 15", "other", "other"},
	})
}

// A headline's name before an event noun after an article sets the story's
// scene ("how the Mumbai attacks unfolded"), unless a time anchor makes
// the event a past one ("after the Mumbai attacks"); a place people or
// things came from is no scene of what follows ("fly in from Delhi"),
// while a place taken from still is ("pulled sailors from the Red Sea").
func TestHeadlineEventsAndArrivals(t *testing.T) {
	const filler = "The city was quiet on Sunday. Shops stayed shut. Trains ran late. Schools were closed. "
	for _, tt := range []struct{ name, text, prefix, loc string }{
		{"the event's place in a headline",
			"Sixty hours of terror: how the Mumbai attacks unfolded\n\n" + filler + "Officials said that at least 22 foreigners were among the dead.\n",
			"at least 22 foreigners", "Mumbai"},
		{"a past event's place in a headline",
			"By the numbers: three weeks after the Mumbai attacks\n\n" + filler + "Officials said that at least 22 foreigners were among the dead.\n",
			"at least 22 foreigners", ""},
		{"a place arrived from",
			"Test\n\nAbout 200 commandos fly in from Delhi. The state government gives a toll of at least 101 dead.\n",
			"at least 101 dead", ""},
		{"a place taken from",
			"Test\n\nRescuers pulled six sailors from the Red Sea on Thursday. Four crew members were killed, the manager said.\n",
			"Four crew members", "Red Sea"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Location != tt.loc {
			t.Errorf("%s: %q location %q, want %q", tt.name, tt.prefix, q.Location, tt.loc)
		}
	}
}

// A country people are citizens of is their nationality, not where a
// figure is.
func TestCitizenshipIsNoPlace(t *testing.T) {
	q := analyze(t, "Test\n\nThe pirates took 15 crew members and killed the second engineer, a citizen of Azerbaijan.\n", "15 crew members")
	if q.Location != "" {
		t.Errorf("location %q, want none", q.Location)
	}
}

// In a list, a demonym with no noun of its own is the people it names
// ("649 Argentine servicemen, 255 British and three islanders"), and each
// figure's own noun is its own.
func TestListedDemonymsAndNouns(t *testing.T) {
	text := "Test\n\nThe war killed 649 Argentine servicemen, 255 British and three islanders.\n"
	for _, tt := range []struct{ prefix, quote, actor string }{
		{"255", "255 British", "United Kingdom"},
		{"three", "three islanders", ""},
	} {
		q := analyze(t, text, tt.prefix)
		if got := q.Of(text); got != tt.quote || q.Actor != tt.actor || q.Measure != "killed" {
			t.Errorf("%q: quote %q actor %q measure %q, want %q %q killed", tt.prefix, got, q.Actor, q.Measure, tt.quote, tt.actor)
		}
	}
}

// A verb with its clause is no anaphor ("led it to estimate that at least
// 9,000 died"); a figure that a loss befalls counts people, not a noun
// before it.
func TestEstimateThatIsNoAnaphor(t *testing.T) {
	text := "Report\n\nThe charity's surveys in the camps led it to estimate that at least 9,000 Rohingya died in the month.\n"
	q := analyze(t, text, "at least 9,000")
	if q.Measure != "killed" || q.What != "casualties" {
		t.Errorf("measure %q what %q, want killed casualties", q.Measure, q.What)
	}
	text = "Report\n\nUNICEF said 300 children had died.\n\nThe charity's surveys led it to estimate that at least 9,000 Rohingya died.\n"
	if q := analyze(t, text, "at least 9,000"); q.What != "casualties" || q.Noun == "estimate" {
		t.Errorf("after another toll: what %q noun %q, want casualties and no anaphor", q.What, q.Noun)
	}
}

// "dies at 81" gives an age; a place someone was born in sets no scene for
// the figures after it.
func TestAgesAtDeathAndBirthplaces(t *testing.T) {
	if got := figures(t, "Colonel Arvo Tamm, peacekeeper, dies at 81\n\nTen people died at 3 sites.\n"); !slices.Equal(got, []string{"Ten", "3"}) {
		t.Errorf("quantities %q, want the dead and the sites, no age", got)
	}
	text := "Obituary\n\nBorn in Tartu in 1943, Tamm served 34 years in the army. The UN later credited his men with preventing hundreds of deaths.\n"
	if q := analyze(t, text, "hundreds of deaths"); q.Location == "Tartu" {
		t.Errorf("hundreds of deaths: location %q, want not where he was born", q.Location)
	}
	text = "Test\n\nA car bomb blew up in Kharkiv on Monday. Officials said 5 people were killed.\n"
	if q := analyze(t, text, "5 people"); q.Location != "Kharkiv" {
		t.Errorf("5 people: location %q, want Kharkiv (a bomb that blew up there is no life's place)", q.Location)
	}
}

// Those drowned were killed; people moved out of harm's way were
// evacuated, not deployed.
func TestDrownedAndMovedPeople(t *testing.T) {
	wantMeasureWhat(t, []measureCase{
		{"The minister said at least five people had drowned.\n", "at least five people", "killed", "casualties"},
		{"Authorities say about 17,000 people have been moved from the right bank.\n", "about 17,000 people", "other", "other"},
		{"About 300 officers were deployed at the height of the violence.\n", "About 300 officers", "deployed", "personnel"},
	})
}

// A figure in the unnamed speaker right before its cue ("a local official
// and two residents said") counts who speaks, not what happened.
func TestSpeakersCountedAreNoClaims(t *testing.T) {
	got := figures(t, "Gunmen killed at least 14 people at a wedding in Seytenga on Saturday, a local official and two residents said.\n")
	if want := []string{"at least 14"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// Where words were said ("told reporters in Port Moresby") and where the
// wounded were taken ("flown to N'Djamena") are not where the figures
// are; where they were admitted still is.
func TestSaidInAndCarriedTo(t *testing.T) {
	for _, tt := range []struct{ text, prefix, notLoc, loc string }{
		{"Test\n\nThe ambush happened near Akom. Officers recovered 37 bodies on Sunday, the commissioner told reporters in Port Moresby.\n", "37 bodies", "Port Moresby", "Akom"},
		{"Test\n\nThe raid hit the islands at dawn. Fifteen soldiers died and 32 were wounded and flown to N'Djamena, he said.\n", "32 were wounded", "N'Djamena", ""},
		{"Test\n\nThe ministry reported at least 31 injured people admitted to Tripoli hospitals.\n", "at least 31", "", "Tripoli"},
	} {
		q := analyze(t, tt.text, tt.prefix)
		if tt.notLoc != "" && q.Location == tt.notLoc || tt.loc != "" && q.Location != tt.loc {
			t.Errorf("%q: location %q, want %q (not %q)", tt.prefix, q.Location, tt.loc, tt.notLoc)
		}
	}
}

// The figure before an active verb of taking with an object of its own
// took; it was not taken ("200 fighters seized the town"), while those
// held or captured after the verb or in the passive were taken.
func TestTakersAreNotTaken(t *testing.T) {
	wantMeasureWhat(t, []measureCase{
		{"About 200 fighters seized the town on Monday.\n", "About 200 fighters", "deployed", "personnel"},
		{"He commanded the 120-strong contingent that held the bridge.\n", "120-strong", "deployed", "personnel"},
		{"Rebels held 300 soldiers.\n", "300 soldiers", "captured", "personnel"},
		{"Forty soldiers were captured.\n", "Forty soldiers", "captured", "personnel"},
	})
}

// TestModelNumbersAfterAFigure checks that a name's model number between a
// figure and its noun is no second figure: "18 Leopard 2 tanks" counts 18
// tanks. A number after a name that no figure precedes stays a figure.
func TestModelNumbersAfterAFigure(t *testing.T) {
	text := "Test\n\nGermany delivered 18 Leopard 2 tanks and Britain sent 14 Challenger 2 tanks. In Kursk 40 soldiers died.\n"
	got := figures(t, text)
	if want := []string{"18", "14", "40"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
	q := analyze(t, text, "18")
	if q.What != "equipment" || !strings.HasSuffix(q.Noun, "tanks") {
		t.Errorf("18: what %q, noun %q; want the tanks", q.What, q.Noun)
	}
}

// TestOrdinalFractionWords checks that "a third" or "a fourth" before a
// word of sequence is an ordinal, while a share of a group stays a figure.
func TestOrdinalFractionWords(t *testing.T) {
	got := figures(t, "Test\n\nDrones struck the city for a third straight day, the army said. A fourth time, the port was hit. A third of the 900 homes were destroyed.\n")
	if want := []string{"A third", "900"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// TestColumnTables checks a table of columns: each figure counts what its
// column's header says, where its row's label names, a row that sums the
// others naming no place.
func TestColumnTables(t *testing.T) {
	text := "Cyclone toll by district\n\nThe disaster agency released these figures on Thursday.\n\nDistrict        Deaths   Injured   Missing\nBlantyre        190      620       37\nMulanje         75       210       19\nTotal           265      830       56\n"
	for _, tt := range []struct{ fig, measure, location string }{
		{"620", "wounded", "Blantyre"},
		{"75", "killed", "Mulanje"},
		{"56", "missing", ""},
	} {
		q := analyze(t, text, tt.fig)
		if q.Measure != tt.measure || q.Location != tt.location || q.What != "casualties" {
			t.Errorf("%s: measure %q, what %q, location %q; want %q, casualties, %q", tt.fig, q.Measure, q.What, q.Location, tt.measure, tt.location)
		}
	}
}

// TestSignOffSetsNoScene checks that the line signing a letter with the
// writer's town ("Achieng Otieno, Kisumu") does not carry the town to the
// next letter's figures.
func TestSignOffSetsNoScene(t *testing.T) {
	text := "Letters\n\nWho is counting?\nOn Monday the Red Cross said 39 people were missing in Kenya.\nAchieng Otieno, Kisumu\n\nThe attackers\nOn Sunday officials said 67 people had died in the attack.\n"
	if q := analyze(t, text, "67 people"); q.Location == "Kisumu" {
		t.Errorf("location %q, want none from the sign-off", q.Location)
	}
	text = "Letters\n\nThe toll keeps changing in Kisumu.\n\nOfficials said 67 people had died in the attack.\n"
	if q := analyze(t, text, "67 people"); q.Location != "Kisumu" {
		t.Errorf("location %q, want Kisumu from the sentence before", q.Location)
	}
}

// TestHospitalAndTakingPart checks that people still in hospital are
// wounded and that those who took part in an attack were deployed, not
// taken.
func TestHospitalAndTakingPart(t *testing.T) {
	for _, tt := range []struct{ text, prefix, measure string }{
		{"Doctors said at least 448 people were still in hospital.\n", "at least 448", "wounded"},
		{"The prosecutor said 32 gunmen had taken part in the raid.\n", "32 gunmen", "deployed"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Measure != tt.measure {
			t.Errorf("%q: measure %q, want %q", tt.prefix, q.Measure, tt.measure)
		}
	}
}

// TestPartsVotesAndJoinedFigures checks that a part "among them" takes its
// whole's measure, that a vote's tally counts nothing, and that a figure
// joined to another shares the verb's measure fitted to its own noun.
func TestPartsVotesAndJoinedFigures(t *testing.T) {
	for _, tt := range []struct{ text, prefix, measure, what string }{
		{"The prosecutor said 322 bodies had been recovered, among them 155 children.\n", "155 children", "killed", "casualties"},
		{"The office said forces killed 82 civilians, among them 11 women.\n", "11 women", "killed", "casualties"},
		{"The army sent 20 tanks and 200 troops.\n", "200 troops", "deployed", "personnel"},
		{"The army sent 200 troops and 20 tanks.\n", "20 tanks", "supplied", "equipment"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Measure != tt.measure || q.What != tt.what {
			t.Errorf("%q: %s %s, want %s %s", tt.prefix, q.Measure, q.What, tt.measure, tt.what)
		}
	}
	for _, text := range []string{
		"On Monday the Council voted 15 to 0 to send monitors.\n",
		"The bill passed by 13 votes to 2 on Monday.\n",
	} {
		if got := figures(t, text); len(got) != 0 {
			t.Errorf("%q: figures %q, want none", text, got)
		}
	}
}

// TestCountryHeadingEndsTheScene checks that a line naming only a country
// ends the scene of the section before it.
func TestCountryHeadingEndsTheScene(t *testing.T) {
	text := "Weekly\n\nThe week was quiet.\n\nBURKINA FASO\nSecurity sources said 40 soldiers were killed near Diapaga on Tuesday.\n\nNIGER\nThe government said it would recruit 5,000 additional troops.\n"
	if q := analyze(t, text, "5,000"); q.Location == "Diapaga" {
		t.Errorf("location %q, want none from the section before", q.Location)
	}
}

// TestArmiesFieldTheirSoldiers checks that soldiers an army fields are
// deployed.
func TestArmiesFieldTheirSoldiers(t *testing.T) {
	if q := analyze(t, "Test\n\nThe three juntas now field some 150,000 soldiers, by our count, yet lose more ground each quarter.\n", "some 150,000"); q.Measure != "deployed" {
		t.Errorf("measure %q, want deployed", q.Measure)
	}
}

// TestCountryBeforeNounIsNoPlace checks that "a US warship" places nothing.
func TestCountryBeforeNounIsNoPlace(t *testing.T) {
	if q := analyze(t, "Test\n\nA Houthi spokesman said the group had fired 12 missiles at a US warship.\n", "12 missiles"); q.Location == "United States" {
		t.Errorf("location %q, want not the warship's country", q.Location)
	}
}

// TestRelayedLossesAreTheSpeakersOwn checks that losses a relayed speaker
// gives of its own side are that side's, not the relaying outlet's
// country's.
func TestRelayedLossesAreTheSpeakersOwn(t *testing.T) {
	if q := analyze(t, "Test\n\nTass cited a Hamas official as saying the group had lost fewer than 6,000 fighters.\n", "fewer than 6,000"); q.Actor != "Hamas" {
		t.Errorf("actor %q, want Hamas", q.Actor)
	}
}

// TestReceivedFromSupplier checks that what a country received comes from
// its supplier: after "from", or the one who promised the whole a part of
// which arrived, and that the receiver is where it went.
func TestReceivedFromSupplier(t *testing.T) {
	for _, tt := range []struct{ text, prefix string }{
		{"Test\n\nUkraine has received 20 armoured vehicles from Sweden.\n", "20 armoured"},
		{"Test\n\nUkraine has received the first 20 of the 100 armoured vehicles that Sweden promised.\n", "20 of the 100"},
		{"Test\n\nUkraine has received 20 of the 100 tanks Sweden promised.\n", "20 of the 100"},
	} {
		q := analyze(t, tt.text, tt.prefix)
		if q.Measure != "supplied" || q.Actor != "Sweden" || q.Location != "Ukraine" {
			t.Errorf("%q: %s by %q in %q, want supplied by Sweden in Ukraine", tt.prefix, q.Measure, q.Actor, q.Location)
		}
	}
}

// TestDeadAtAFigureIsNoAge checks that "put Russia's dead at 5,937" counts
// the dead, while "dies at 81" is an age.
func TestDeadAtAFigureIsNoAge(t *testing.T) {
	if got := figures(t, "Test\n\nShoigu put Russia's dead at 5,937.\n"); len(got) != 1 {
		t.Errorf("figures %q, want the dead", got)
	}
	if got := figures(t, "Test\n\nColonel Arvo Tamm, who led the unit, dies at 81.\n"); len(got) != 0 {
		t.Errorf("figures %q, want no age", got)
	}
}

// TestStatelessForcesOwnTheirTroops checks that a force of no one state
// owns the troops a relative clause gives it.
func TestStatelessForcesOwnTheirTroops(t *testing.T) {
	if q := analyze(t, "Test\n\nWe have asked KFOR, which has about 4,500 troops in Kosovo, to step up patrols.\n", "about 4,500"); q.Actor != "KFOR" || q.Location != "Kosovo" {
		t.Errorf("actor %q location %q, want KFOR in Kosovo", q.Actor, q.Location)
	}
}

// TestPricesAreNoOnesAndNowhere checks that a unit's price has no owner and
// no place, while what a war cost a country is that country's.
func TestPricesAreNoOnesAndNowhere(t *testing.T) {
	for _, tt := range []struct{ text, prefix string }{
		{"Drones\n\nUkraine builds its drones in Vinnytsia. A kilogram of explosives costs about $40.\n", "about $40"},
		{"Oil prices\n\nIn Texas, the benchmark crude hit a record $70.85 a barrel on Tuesday, traders said, as the storm shut refineries along the coast.\n", "$70.85"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Actor != "" || q.Location != "" {
			t.Errorf("%q: actor %q location %q, want neither", tt.prefix, q.Actor, q.Location)
		}
	}
}

// TestDisplacedAfterDeadAreNoDead checks that a figure without its noun
// that counts people displaced after a toll counts people, not the dead.
func TestDisplacedAfterDeadAreNoDead(t *testing.T) {
	if q := analyze(t, "Test\n\nGangs killed at least 262 people in the first quarter, the UN said, and displaced about 60,000.\n", "about 60,000"); q.What != "other" {
		t.Errorf("what %q, want other", q.What)
	}
}

// TestPatronsAreNotTheirClient checks that "Ukraine's backers" give, not
// Ukraine.
func TestPatronsAreNotTheirClient(t *testing.T) {
	if q := analyze(t, "Aid\n\nUkraine's biggest backers have committed more than 130 billion euros in military aid since the invasion.\n", "more than 130"); q.Actor == "Ukraine" {
		t.Errorf("actor %q, want not the backers' client", q.Actor)
	}
}

// TestBareSubjectsAndReferences checks that a bare figure opening its
// clause before an auxiliary counts the people of the figure just before
// ("11 employees were there. Nine are now accounted for", "Of these, 58
// have left"), that people being treated are wounded, and that a
// section's number is no figure.
func TestBareSubjectsAndReferences(t *testing.T) {
	text := "Update\n\nEleven engineers were working at the plant. Nine are now accounted for: seven have come home and two are being treated in a hospital.\n\nOf the 146 citizens registered, 58 have left by road. See section 5-12 of the Act.\n"
	got := figures(t, text)
	if want := []string{"Eleven", "Nine", "seven", "two", "146", "58"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
	if q := analyze(t, text, "Nine"); q.Noun != "engineers" {
		t.Errorf("Nine: noun %q, want the engineers before", q.Noun)
	}
	if q := analyze(t, text, "two"); q.Measure != "wounded" {
		t.Errorf("two: measure %q, want wounded", q.Measure)
	}
	if q := analyze(t, "Test\n\nOf the 146 citizens registered, only 12 stayed. Of these, 58 have left by road.\n", "58"); q.Noun != "citizens" {
		t.Errorf("58: noun %q, want the citizens before", q.Noun)
	}
}

// TestOneCounted checks that "one" before a counted noun is a figure when
// a deed is said of it ("One soldier was killed", "one Algerian had been
// killed", "only one Scud warhead" destroyed), and stays no figure as an
// article or a pronoun ("one of the largest", "One official said").
func TestOneCounted(t *testing.T) {
	text := "Test\n\nOne soldier was killed and two were wounded, the army said. The minister said 37 foreigners and one Algerian had been killed. One drone was shot down over the port. One official said it was one of the largest attacks. One tank maker expects growth.\n"
	got := figures(t, text)
	if want := []string{"One", "two", "37", "one", "One"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
	for _, tt := range []struct{ prefix, measure string }{
		{"One soldier", "killed"},
		{"one Algerian", "killed"},
		{"One drone", "intercepted"},
	} {
		if q := analyze(t, text, tt.prefix); q.Measure != tt.measure {
			t.Errorf("%q: measure %q, want %q", tt.prefix, q.Measure, tt.measure)
		}
	}
}

// TestLostHomesIsNoLoss checks that people who lost their homes or jobs
// are no casualties, while those who lost their lives were killed.
func TestLostHomesIsNoLoss(t *testing.T) {
	for _, tt := range []struct{ text, prefix, measure string }{
		{"The blast left 300,000 people who lost their homes.\n", "300,000", "other"},
		{"Officials said 40 people lost their jobs.\n", "40", "other"},
		{"Officials said 40 people lost their lives.\n", "40", "killed"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Measure != tt.measure {
			t.Errorf("%q: measure %q, want %q", tt.text, q.Measure, tt.measure)
		}
	}
}

// TestPeopleShotWereKilled checks that people shot, with their noun left
// out, are killed, not things fired, as people shot are read when named
// ("600 people may have been shot").
func TestPeopleShotWereKilled(t *testing.T) {
	q := analyze(t, "Test\n\nThe indictment lists 564 people on the island. It charges him with killing 69 of them: 67 were shot, and two drowned.\n", "67")
	if q.Measure != "killed" || q.What != "casualties" {
		t.Errorf("67: %s %s, want killed casualties", q.Measure, q.What)
	}
}

// TestLentSurvivorsAndMissingDead checks that what states lent was
// supplied, that survivors after a toll are no dead, that people "dead or
// missing" are casualties, that a budget an operation took over with is
// no capture, and that a range of pages is no figure.
func TestLentSurvivorsAndMissingDead(t *testing.T) {
	text := "Report\nPages 22-25 of the report.\n\nIn the sinking 366 people died; 155 survivors were pulled from the water. Member states lent it two offshore vessels. The agency counts some 3,500 people dead or missing. Operation Triton took over on 1 November with a monthly budget of €2.9 million.\n"
	if got := figures(t, text); slices.Contains(got, "22-25") {
		t.Errorf("quantities %q hold the pages", got)
	}
	for _, tt := range []struct{ prefix, measure string }{
		{"155 survivors", "other"},
		{"two offshore vessels", "supplied"},
		{"some 3,500 people", "casualties"},
		{"€2.9 million", "other"},
	} {
		if q := analyze(t, text, tt.prefix); q.Measure != tt.measure {
			t.Errorf("%q: measure %q, want %q", tt.prefix, q.Measure, tt.measure)
		}
	}
}

// TestStandfirstSceneAndPublishedIn checks that the line right under a
// headline that names no place sets the story's place, and that a
// journal a survey was published in is no place.
func TestStandfirstSceneAndPublishedIn(t *testing.T) {
	text := "The mountain and the missing\nThree years after the attack on Sinjar, families are still counting.\n\nA household survey published in PLOS Medicine in May estimated that about 3,100 people were killed in the first days.\n"
	if q := analyze(t, text, "about 3,100"); q.Location != "Sinjar" {
		t.Errorf("about 3,100: location %q, want Sinjar from the standfirst", q.Location)
	}
	// A byline between the headline and the line after it: no standfirst.
	text = "The mountain and the missing\nBy Staff\n\nThree years after the attack on Sinjar, families are still counting.\n\nA household survey published in PLOS Medicine in May estimated that about 3,100 people were killed in the first days.\n"
	if q := analyze(t, text, "about 3,100"); q.Location != "" {
		t.Errorf("about 3,100: location %q, want none", q.Location)
	}
}

// TestTreatedForIllness checks that people treated for an illness are no
// wounded, while people treated for injuries are.
func TestTreatedForIllness(t *testing.T) {
	for _, tt := range []struct{ text, prefix, measure string }{
		{"Doctors said their teams had treated 3,000 children for severe malnutrition in May.\n", "3,000 children", "other"},
		{"Doctors said their teams had treated 300 people for gunshot wounds in May.\n", "300 people", "wounded"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Measure != tt.measure {
			t.Errorf("%q: measure %q, want %q", tt.prefix, q.Measure, tt.measure)
		}
	}
}

// TestOwnPlatformsDeployed checks that a side's own ships and aircraft
// sent where it acts are deployed, while weapons sent to another country
// are supplied.
func TestOwnPlatformsDeployed(t *testing.T) {
	for _, tt := range []struct{ text, prefix, measure string }{
		{"China sent five coast guard ships into the South China Sea on Monday.\n", "five coast guard ships", "deployed"},
		{"The United States sent 109 Bradley fighting vehicles to Ukraine.\n", "109 Bradley fighting vehicles", "supplied"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Measure != tt.measure {
			t.Errorf("%q: measure %q (location %q), want %q", tt.prefix, q.Measure, q.Location, tt.measure)
		}
	}
}

// TestHeadlineTollPast checks that a headline's bare toll counts the dead
// and that "past" before a figure is more than it: "Toll in Myanmar quake
// climbs past 3,600".
func TestHeadlineTollPast(t *testing.T) {
	q := analyze(t, "Toll in Myanmar quake climbs past 3,600\n\nRescuers searched the rubble on Thursday.\n", "past 3,600")
	if q.Measure != "killed" || q.Value.Kind != news.KindMin {
		t.Errorf("past 3,600: %s %s, want killed min", q.Measure, q.Value.Kind)
	}
}

// TestDronesTakingPart checks that drones that took part in an attack
// were launched, not supplied.
func TestDronesTakingPart(t *testing.T) {
	q := analyze(t, "Test\n\nA Ukrainian source said more than 200 drones had taken part in the attack on Moscow.\n", "more than 200 drones")
	if q.Measure != "launched" {
		t.Errorf("more than 200 drones: measure %q, want launched", q.Measure)
	}
}

// TestCustomersArePeople checks that customers, holidaymakers and fans are
// counted as people, so that "nine more" after them takes its own verb.
func TestCustomersArePeople(t *testing.T) {
	for _, tt := range []struct{ text, prefix, measure string }{
		{"Test\n\nSeven customers died and nine more were injured.\n", "nine more", "wounded"},
		{"Test\n\nThirty holidaymakers were killed on the beach.\n", "Thirty holidaymakers", "killed"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Measure != tt.measure || q.What != "casualties" {
			t.Errorf("%q: %s %s, want %s casualties", tt.prefix, q.Measure, q.What, tt.measure)
		}
	}
}

// TestOurColleagues checks that in a company's own letter the people it
// calls "our colleagues" or "our staff" are the company's, named by its
// masthead, while "our customers" are no one's.
func TestOurColleagues(t *testing.T) {
	text := "NORDLIGHT TRAVEL PLC\nAnnual report 2015\n\nA hard year for our company\n\nTwo of our colleagues remain missing. Seven of our customers were among the dead. I thank our 3,400 colleagues.\n"
	for _, tt := range []struct{ prefix, actor string }{
		{"Two of our colleagues", "Nordlight Travel Plc"},
		{"Seven of our customers", ""},
		{"3,400 colleagues", "Nordlight Travel Plc"},
	} {
		if q := analyze(t, text, tt.prefix); q.Actor != tt.actor {
			t.Errorf("%q: actor %q, want %q", tt.prefix, q.Actor, tt.actor)
		}
	}
}

// TestBareFigureAfterThings checks that a bare figure opening a reported
// clause ("saying only 12 were allowed through") counts the things of the
// figure before when no loss befalls it, and that a figure now somewhere
// after a plan in an earlier sentence is no plan.
func TestBareFigureAfterThings(t *testing.T) {
	q := analyze(t, "Test\n\nThe RSF said 40 trucks had crossed. The government disputes that, saying only 12 were allowed through.\n", "12")
	if q.Noun != "trucks" {
		t.Errorf("12: noun %q, want trucks", q.Noun)
	}
	q = analyze(t, "Test\n\nThe president said the United States would send about 3,000 troops. The command said on Monday that some 2,800 were now in Liberia.\n", "some 2,800")
	if q.Measure == "planned" {
		t.Errorf("some 2,800: measure %q, want no plan", q.Measure)
	}
}

// TestTreatedWithIllness checks that patients treated with an illness are
// not wounded.
func TestTreatedWithIllness(t *testing.T) {
	if q := analyze(t, "Test\n\nMSF said it had treated 120 patients with severe dehydration.\n", "120 patients"); q.Measure == "wounded" {
		t.Errorf("120 patients: measure %q, want no wounds", q.Measure)
	}
}

// TestShareLostOfThings checks that a share lost of something that is no
// people is no casualty, while a share of soldiers or of a force's
// strength is.
func TestShareLostOfThings(t *testing.T) {
	for _, tt := range []struct{ text, prefix, measure string }{
		{"Test\n\nUkraine has lost about half of its generating capacity since March.\n", "about half", "other"},
		{"Test\n\nThe brigade has lost about half of its soldiers.\n", "about half", "casualties"},
		{"Test\n\nThe brigade lost as much as 40 percent of its combat strength.\n", "as much as 40 percent", "casualties"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Measure != tt.measure {
			t.Errorf("%q: measure %q, want %q", tt.text, q.Measure, tt.measure)
		}
	}
}

// TestCountryBeforeItsForcesIsNoPlace checks that a country's name right
// before its forces ("US jets", "20 US troops") names whose they are, not
// where later figures of the sentence are, while "in Ukraine" stays a
// place.
func TestCountryBeforeItsForcesIsNoPlace(t *testing.T) {
	for _, tt := range []struct{ text, prefix, loc string }{
		{"Test\n\nA team of 20 US troops landed on the mountain and concluded that only 4,000 people were left.\n", "4,000 people", ""},
		{"Test\n\nUS jets flew more than a dozen air strikes on the fighters.\n", "more than a dozen", ""},
		{"Test\n\nThe United Nations said 4,000 people were left in Ukraine.\n", "4,000 people", "Ukraine"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Location != tt.loc {
			t.Errorf("%q: location %q, want %q", tt.prefix, q.Location, tt.loc)
		}
	}
}

// TestPeopleHeldAreNoPersonnel checks that people held hostage are people,
// while people arrested are a conflict's personnel.
func TestPeopleHeldAreNoPersonnel(t *testing.T) {
	for _, tt := range []struct{ text, prefix, what string }{
		{"Test\n\nOfficials said 354 people were being held inside the school.\n", "354 people", "other"},
		{"Test\n\nPolice said 51 people had been arrested.\n", "51 people", "personnel"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.What != tt.what {
			t.Errorf("%q: what %q, want %q", tt.prefix, q.What, tt.what)
		}
	}
}

// TestNewsAgencyHasNoCountryOfDead checks that a news agency's report of
// the dead places them nowhere by the agency's country, while a state's own
// media speak for it, and that the bodies of hostages are the dead.
func TestNewsAgencyHasNoCountryOfDead(t *testing.T) {
	for _, tt := range []struct{ text, prefix, loc string }{
		{"Test\n\nReuters reported that 48 people had died.\n", "48 people", ""},
		{"Test\n\nKCNA reported that 49 people had died.\n", "49 people", "North Korea"},
	} {
		if q := analyze(t, tt.text, tt.prefix); q.Location != tt.loc {
			t.Errorf("%q: location %q, want %q", tt.prefix, q.Location, tt.loc)
		}
	}
	if q := analyze(t, "Test\n\nReuters reported that the bodies of as many as 48 hostages had been recovered.\n", "as many as 48"); q.Measure != "killed" {
		t.Errorf("as many as 48 hostages: measure %q, want killed", q.Measure)
	}
}

// TestCountsOfCountriesAreNoClaims checks that a count of countries or
// nationalities (who took part, where from) makes no claim, while the
// people of a sentence still do.
func TestCountsOfCountriesAreNoClaims(t *testing.T) {
	for _, text := range []string{
		"Test\n\nShips from more than 20 countries joined the force.\n",
		"Test\n\nHe said 37 foreigners of eight nationalities had been killed.\n",
		"Test\n\nThe three worst-hit countries asked for help.\n",
	} {
		d := runDoc(t, text)
		for _, q := range d.Quantities {
			if n := q.Of(d.Text); strings.Contains(n, "countries") || strings.Contains(n, "nationalities") || strings.HasPrefix(n, "more than 20") || strings.HasPrefix(n, "eight") || strings.HasPrefix(n, "three") {
				t.Errorf("%q: quantity %q, want none of countries", text, n)
			}
		}
	}
	if q := analyze(t, "Test\n\nHe said 37 foreigners of eight nationalities had been killed.\n", "37 foreigners"); q.Value.V != 37 {
		t.Errorf("37 foreigners: value %v", q.Value.V)
	}
}

// TestHeadingsAgesAndLengthsAreNoClaims checks that a charge sheet's count
// heading, an age after "as young as" or "since he was", and a text's
// length in pages or words make no claim.
func TestHeadingsAgesAndLengthsAreNoClaims(t *testing.T) {
	for _, tt := range []struct{ text, not string }{
		{"Charges\n\nCOUNT 1: THE BOMB\n\nThe bomb killed eight people.\n", "1"},
		{"Boys\n\nSome of the 300 boys taken are as young as eight.\n", "eight"},
		{"Docks\n\nHe has worked on the docks since he was 19, and 40 ships came in.\n", "19"},
		{"Report\n\nThe report runs to 189 pages and counts 22 dead.\n", "189"},
		{"Letters\n\nLetters should be no longer than 300 words. The blast killed 12 people.\n", "300"},
	} {
		d := runDoc(t, tt.text)
		if len(d.Quantities) == 0 {
			t.Errorf("%q: no quantity at all", tt.text)
		}
		for _, q := range d.Quantities {
			if q.Number.Of(d.Text) == tt.not {
				t.Errorf("%q: quantity %q, want none", tt.text, q.Of(d.Text))
			}
		}
	}
}

// TestOneWithADeedOrOrigin checks that "one" counts when a deed is done to
// it ("One was arrested inside Banjska", "one child hurt"), at the place
// "inside" names, and that "one of" stays a pronoun.
func TestOneWithADeedOrOrigin(t *testing.T) {
	q := analyze(t, "Test\n\nSix were held. One was arrested inside Banjska and the others in the nearby village of Rudare.\n", "One was arrested")
	if q.Value.V != 1 || q.Measure != "captured" || q.Location != "Banjska" {
		t.Errorf("One was arrested: %v %s %q, want 1 captured Banjska", q.Value.V, q.Measure, q.Location)
	}
	if q := analyze(t, "Test\n\nTwo Malawian soldiers and one from Uruguay were killed.\n", "one from Uruguay"); q.Value.V != 1 || q.Actor != "Uruguay" {
		t.Errorf("one from Uruguay: %v %q, want 1 Uruguay", q.Value.V, q.Actor)
	}
	if q := analyze(t, "Bridge\n\nTwo people killed, one child hurt\n\nThe bridge was hit.\n", "one child"); q.Measure != "wounded" {
		t.Errorf("one child: measure %q, want wounded", q.Measure)
	}
	d := runDoc(t, "Test\n\nOne of the officials said 12 soldiers died.\n")
	for _, q := range d.Quantities {
		if q.Value.V == 1 {
			t.Errorf("quantity %q: \"one of\" counts", q.Of(d.Text))
		}
	}
}

// runDoc runs the default pipeline on text and returns the document.
func runDoc(t *testing.T, text string) news.Doc {
	t.Helper()
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := news.Doc{ID: "t", Text: text}
	if err := p.Run(context.Background(), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestBareForcesAreTheStatesOwn(t *testing.T) {
	doc := "Ports recover\n\nODESA, Ukraine, Sept 1, 2024 - Ukraine's ports shipped more grain this summer, officials in Kyiv said.\n\n" +
		"Since late 2022 the army has trained thousands of auxiliaries, a spokesman said.\n\n" +
		"The air force will launch 20 drones a night, a commander said.\n\n" +
		"Officials met.\n"
	for quote, want := range map[string]string{"thousands of auxiliaries": "Ukraine", "20 drones": "Ukraine"} {
		if q := analyze(t, doc, quote); q.Actor != want {
			t.Errorf("%s: actor %q, want %q", quote, q.Actor, want)
		}
	}
	// A body after a preposition is no subject; "of" gives it an owner.
	for _, quote := range []string{"12 drones", "30 missiles", "9 drones"} {
		neg := "Test\n\nODESA, Ukraine - Ukraine's ports reopened.\n\nThe army of volunteers launched 12 drones. The military spokesman said 9 drones were launched. Strikes on the army base fired 30 missiles.\n"
		if q := analyze(t, neg, quote); q.Actor != "" {
			t.Errorf("%s: actor %q, want none", quote, q.Actor)
		}
	}
}

func TestUnknownTownThenItsProvince(t *testing.T) {
	doc := "Test\n\nGunmen attacked coal mines in Kharan Bazar, Balochistan, on Oct 11, killing at least 20 miners.\n\n" +
		"Floods hit Tando, Punjab and Balochistan, killing 300 people.\n"
	if q := analyze(t, doc, "at least 20 miners"); q.Location != "Kharan Bazar" {
		t.Errorf("20 miners: location %q, want the town the province locates", q.Location)
	}
	if q := analyze(t, doc, "300 people"); q.Location != "" {
		t.Errorf("300 people: location %q, want none: a list of places", q.Location)
	}
}

func TestPartOfTheWoundedSharesTheirOwner(t *testing.T) {
	doc := "RAIL WORKERS' UNION\nStatement to members and the press\n\nThree of our members among the dead\n\n" +
		"The ministry said 190 people had been killed and 1,400 wounded. Hospitals said 300 of the wounded were still there.\n"
	if q := analyze(t, doc, "300 of the wounded"); q.Actor != "" {
		t.Errorf("300 of the wounded: actor %q, want none, as the wounded counted before", q.Actor)
	}
}

func TestWeLostOurOwnPeople(t *testing.T) {
	doc := "RAIL WORKERS' UNION\nStatement to members and the press\n\nMembers among the dead; stoppage at noon\n\n" +
		"We lost three members in the attack. We now have 4,800 members in the region.\n"
	for _, quote := range []string{"three members", "4,800 members"} {
		if q := analyze(t, doc, quote); q.Actor != "Rail Workers' Union" {
			t.Errorf("%s: actor %q, want the masthead's union", quote, q.Actor)
		}
	}
}

func TestTrainsAreNoTraining(t *testing.T) {
	doc := "Test\n\nTen bombs exploded on four commuter trains at dawn. Six trains were cancelled.\n\nThe army trains 3,000 recruits a year.\n"
	for quote, want := range map[string]string{"four commuter trains": "other", "Six trains": "other", "3,000 recruits": "trained"} {
		if q := analyze(t, doc, quote); q.Measure != want {
			t.Errorf("%s: measure %q, want %q", quote, q.Measure, want)
		}
	}
}

func TestPlaceModifiesTheCountedNoun(t *testing.T) {
	doc := "Test\n\nAll 27 of our Beira staff are accounted for. About 2,000 Goma residents fled. Some 11,000 troops are in Kursk.\n\n" +
		"Roughly 2,000 soldiers were flown into Gao.\n"
	for quote, want := range map[string]string{
		"27 of our Beira staff":      "other",    // what they are, not where they were sent
		"About 2,000 Goma residents": "",         // any measure: the noun is found
		"Some 11,000 troops":         "deployed", // where they are
		"Roughly 2,000 soldiers":     "deployed",
	} {
		q := analyze(t, doc, quote)
		if want != "" && q.Measure != want {
			t.Errorf("%s: measure %q, want %q", quote, q.Measure, want)
		}
		if q.Noun == "" {
			t.Errorf("%s: no noun", quote)
		}
	}
}

func TestWhereTheWoundedAreTreatedIsNotWhereTheyFell(t *testing.T) {
	doc := "Test\n\nThe attack hit the station at Beira.\n\nTwo staff were injured when the roof failed and are being treated in Maputo.\n\n" +
		"Another 11 were wounded and are being treated at the military hospital in Nampula. Two soldiers remain missing.\n"
	for _, quote := range []string{"Two staff", "Another 11", "Two soldiers"} {
		if q := analyze(t, doc, quote); q.Location == "Maputo" || q.Location == "Nampula" {
			t.Errorf("%s: location %q, the place of their care", quote, q.Location)
		}
	}
}

func TestWhatWeDidIsOurs(t *testing.T) {
	doc := "ZAMBEZI SKYWAYS\nOPERATIONS NOTICE ON-19/044\nIssued: Tuesday 26 March 2019\n\nBeira flights back on a reduced schedule\n\n" +
		"Since Saturday we have flown 11 relief flights into the city. We counted 17 damaged hangars. We will carry up to 150 aid workers a week.\n"
	for quote, want := range map[string]string{"11 relief flights": "Zambezi Skyways", "17 damaged": ""} {
		if q := analyze(t, doc, quote); q.Actor != want {
			t.Errorf("%s: actor %q, want %q", quote, q.Actor, want)
		}
	}
}

func TestSurgeryCountsTheWounded(t *testing.T) {
	if q := analyze(t, "Test\n\nIn that time 38 casualties reached us. Seventeen needed surgery within six hours.\n", "Seventeen"); q.Measure != "wounded" {
		t.Errorf("Seventeen needed surgery: measure %q, want wounded", q.Measure)
	}
}

func TestAllSevenAttackersAndTheirVictims(t *testing.T) {
	doc := "Test\n\nGunmen of the Pakistani Taliban entered the school. The army said troops killed all seven attackers.\n\n" +
		"In that time 38 casualties reached our hospital.\n"
	if q := analyze(t, doc, "seven attackers"); q.Value.V != 7 || q.Measure != "killed" {
		t.Errorf("all seven attackers: %v %s, want 7 killed", q.Value.V, q.Measure)
	}
	if q := analyze(t, doc, "38 casualties"); q.Actor != "" {
		t.Errorf("38 casualties: actor %q, want none: the attackers' side owns no victims", q.Actor)
	}
}

func TestPlaceOfANewClauseIsNotTheFigures(t *testing.T) {
	doc := "Review\n\nThe book shows that Argentina fired all five of its air-launched Exocet missiles, and she takes apart the claim, still repeated in Buenos Aires, that one struck the carrier.\n"
	if q := analyze(t, doc, "five of its"); q.Location == "Buenos Aires" {
		t.Errorf("five missiles: location %q, a place of another clause", q.Location)
	}
}

func TestAttackInACapitalAbroadSetsTheScene(t *testing.T) {
	doc := "Forty years on: 241 names read in Jacksonville\n\n" +
		"About 1,500 people stood at the memorial outside Camp Lejeune in North Carolina on Monday. Veterans from Texas and Ohio came too.\n\n" +
		"On 23 October 1983 two truck bombs struck the Multinational Force in Beirut. At the airport, the building collapsed, killing 220 Marines.\n"
	if q := analyze(t, doc, "220 Marines"); q.Location != "Beirut" {
		t.Errorf("220 Marines: location %q, want Beirut, where the bombs struck", q.Location)
	}
}

func TestSlashCodesAreNoFigures(t *testing.T) {
	d := runDoc(t, "Test\n\nThe building housing Battalion Landing Team 1/8 collapsed, killing 220 Marines.\n\n- ZS 310/311 Maputo-Beira-Maputo: daily from 27 March.\n")
	for _, q := range d.Quantities {
		if v := q.Value.V; v == 1 || v == 8 || v == 310 || v == 311 {
			t.Errorf("quantity %q: a designation, no figure", q.Of(d.Text))
		}
	}
	if len(d.Quantities) != 1 {
		t.Errorf("%d quantities, want 1 (220 Marines)", len(d.Quantities))
	}
}

func TestOwnBodyActsForThePublisher(t *testing.T) {
	head := "RAIL WORKERS' FEDERATION\nStatement to members and the press\n\nThree of our members among the dead\n\n"
	for body, want := range map[string]string{
		"The executive has released €60,000 from the solidarity fund.": "Rail Workers' Federation",
		"The federation will give €60,000 to the families.":            "Rail Workers' Federation",
		"The company has trained 60 Algerian technicians.":             "Algeria",
		"The board of a bank gave €60,000.":                            "",
	} {
		d := runDoc(t, head+body+"\n")
		if n := len(d.Quantities); n != 2 {
			t.Errorf("%q: %d quantities, want 2", body, n)
			continue
		}
		if q := d.Quantities[1]; q.Actor != want && !(want == "Algeria" && q.Actor == "") {
			t.Errorf("%q: actor %q, want %q", body, q.Actor, want)
		}
	}
	// A news story about a company is no statement of its own.
	if q := analyze(t, "Markets\n\nShares fell. The board has released $60,000 for staff.\n", "$60,000"); q.Actor != "" {
		t.Errorf("$60,000 in a news story: actor %q, want none", q.Actor)
	}
}

func TestMoneyAWordOfLossDoesNotUnplan(t *testing.T) {
	for _, text := range []string{
		"Test\n\nThe executive has released 60,000 euros for the families of the dead and will pay a further 1,500 euros to each injured member.\n",
		"Test\n\nThe executive has released €60,000 for the families of the dead and will pay a further €1,500 to each injured member.\n",
	} {
		if q := analyze(t, text, "a further"); q.Measure != "planned" {
			t.Errorf("%q: measure %q, want planned", q.Of(text), q.Measure)
		}
	}
}

func TestMoneyVotedOrAnnouncedIsPlanned(t *testing.T) {
	for text, quote := range map[string]string{
		"Council votes $25,000 for fire relief\n\nThe council met on Tuesday.\n":                    "$25,000",
		"Test\n\nOn 17 December Mr Khattak announced 500,000 rupees for each family of the dead.\n": "500,000 rupees",
	} {
		if q := analyze(t, text, quote); q.Measure != "planned" {
			t.Errorf("%s: measure %q, want planned", quote, q.Measure)
		}
	}
	if q := analyze(t, "Test\n\nThe ministry announced 40 arrests on Monday.\n", "40"); q.Measure == "planned" {
		t.Errorf("40 arrests: measure %q, no money committed", q.Measure) // (quote "40": "arrests" reads as the verb)
	}
}

func TestOwnAccountsInALetterOfTheWriter(t *testing.T) {
	letter := "CARROW DENE HOLIDAYS PLC\nAnnual Report and Accounts 2015\nChairman's letter to shareholders | Tuesday 8 December 2015\n\nThe attack on our guests in Sousse weighs on a hard year\n\nWe estimate that the attack cost us £14.5 million. Group revenue fell 6 per cent to £812 million.\n"
	for _, quote := range []string{"6 per cent", "£812 million"} {
		if q := analyze(t, letter, quote); q.Actor != "Carrow Dene Holidays Plc" {
			t.Errorf("%s: actor %q, want the writer", quote, q.Actor)
		}
	}
	news := "Markets\n\nShares fell. Group revenue fell 6 per cent to £812 million, the company said.\n"
	if q := analyze(t, news, "6 per cent"); q.Actor != "" {
		t.Errorf("6 per cent in a news story: actor %q, want none", q.Actor)
	}
}

func TestRescuersAreSentAndSuppliesSupplied(t *testing.T) {
	doc := "Test\n\nFrance has flown in 55 civil-protection rescuers and 18 tonnes of medical supplies. The firm trained 60 technicians.\n"
	for quote, want := range map[string]string{"55 civil-protection rescuers": "personnel", "18 tonnes of medical supplies": "other", "60 technicians": "personnel"} {
		if q := analyze(t, doc, quote); q.What != want {
			t.Errorf("%s: what %q, want %q", quote, q.What, want)
		}
	}
}

func TestPartsListedAfterATollShareIt(t *testing.T) {
	doc := "Test\n\nGunmen opened fire at a site, killing seven people - a local doctor and six labourers from outside the region - police said.\n\n" +
		"Officials counted 40 homes - 12 of them empty - in the village.\n"
	if q := analyze(t, doc, "six labourers"); q.Measure != "killed" || q.What != "casualties" {
		t.Errorf("six labourers: %s %s, want killed casualties", q.Measure, q.What)
	}
	if q := analyze(t, doc, "12"); q.Measure == "killed" {
		t.Errorf("12 of them: measure %q, a breakdown of no toll", q.Measure)
	}
}

// A news story quoting someone's "we" is no statement of its own: its
// board's money is not the outlet's.
func TestQuotedWeMakesNoStatementOfTheOutlet(t *testing.T) {
	doc := "THE HARBOUR TRIBUNE\nBusiness desk | Monday 3 March 2025\n\nShipping line cuts costs after the attacks\n\n" +
		"\"We will rebuild,\" the chief executive said. The board has released $60,000 for staff.\n"
	if q := analyze(t, doc, "$60,000"); q.Actor != "" {
		t.Errorf("$60,000: actor %q, want none: the outlet only quotes a 'we'", q.Actor)
	}
	own := strings.Replace(doc, "\"We will rebuild,\" the chief executive said.", "We will rebuild.", 1)
	if q := analyze(t, own, "$60,000"); q.Actor == "" {
		t.Errorf("$60,000 in a statement of its own: no actor, want the masthead")
	}
}

func TestHospitalWordsCountTheWounded(t *testing.T) {
	doc := "Test\n\nA bomb went off in the market on Friday. Our emergency department received 48 people hurt in the blast. " +
		"Twelve arrived in a critical condition. The governor said 33 were in hospital and 15 had already been treated and discharged, " +
		"and 70 were in the city's shelters.\n"
	for _, c := range []struct{ sub, measure string }{
		{"48 people", "wounded"},
		{"Twelve", "wounded"},
		{"33", "wounded"},
		{"15", "wounded"},
	} {
		if q := analyze(t, doc, c.sub); q.Measure != c.measure {
			t.Errorf("%s: measure %q, want %q", c.sub, q.Measure, c.measure)
		}
	}
	if q := analyze(t, doc, "70"); q.Measure == "wounded" {
		t.Errorf("70 were in the shelters: measure %q, want no wound", q.Measure)
	}
}

// TestOurStudentsAndAdjusters checks that a school's students and an
// insurer's loss adjusters it calls "our" are its own, and that they are
// counted as people at work, while its patients are no one's.
func TestOurStudentsAndAdjusters(t *testing.T) {
	text := "KESTREL VALLEY COLLEGE\nLetter to the community\n\nOur people after the fire\n\nEleven of our students were in the town. 28 of our loss adjusters are visiting homes. Four of our patients died. We will send six counsellors to the town.\n"
	for _, tt := range []struct{ prefix, actor, what string }{
		{"Eleven of our students", "Kestrel Valley College", ""},
		{"28 of our loss adjusters", "Kestrel Valley College", "personnel"},
		{"Four of our patients", "", ""},
		{"six counsellors", "Kestrel Valley College", "personnel"}, // "We will send": its own
	} {
		q := analyze(t, text, tt.prefix)
		if q.Actor != tt.actor {
			t.Errorf("%q: actor %q, want %q", tt.prefix, q.Actor, tt.actor)
		}
		if tt.what != "" && q.What != tt.what {
			t.Errorf("%q: what %q, want %q", tt.prefix, q.What, tt.what)
		}
	}
}

// TestVenuesAndUnlistedTowns checks that a hall, a museum or a service is
// no place of its own, that a town the gazetteer lacks is where its
// figures are when a known region says where it lies ("Ilobu, in Osun
// State") or ", where" follows it, and that a short town name in the
// headline sets the story there.
func TestVenuesAndUnlistedTowns(t *testing.T) {
	for _, c := range []struct{ doc, sub, loc string }{
		{"Test\n\nGunmen stormed the Wellmark Museum in Tunis. They killed 22 people in the Grand Hall.\n", "22 people", "Tunis"},
		{"Test\n\nA bomb went off in Oslo on Friday. It was left outside the H-block. The blast killed eight people.\n", "eight people", "Oslo"},
		{"Test\n\nGunmen attacked a church in Ilobu, in Osun State, on Sunday. At least 40 people died.\n", "At least 40 people", "Ilobu"},
		{"Test\n\nA witness said 500 people had been at Mass in Ilobu, in Osun State.\n", "500 people", "Ilobu"},
		{"Our prayers for Ife, where 40 died\n\nGunmen attacked a church in Ife on Sunday. A witness said that 500 people had been there.\n", "40 died", "Ife"},
	} {
		if q := analyze(t, c.doc, c.sub); q.Location != c.loc {
			t.Errorf("%q in %q: location %q, want %q", c.sub, c.doc, q.Location, c.loc)
		}
	}
}

// TestIssuedInTheCityItSpeaksOf checks that a statement issued in a city
// it names again is set there, and one issued in a city its body never
// names is not.
func TestIssuedInTheCityItSpeaksOf(t *testing.T) {
	here := "SAINT-LUC HOSPITAL\nPress statement no. 2\nLyon, Saturday 14 March 2015, 18:00\n\nWe have treated 31 wounded\n\nOur emergency department received 31 people hurt in the attack. Four of our patients have died. The Lyon prosecutor will speak on Monday.\n"
	if q := analyze(t, here, "Four of our patients"); q.Location != "Lyon" {
		t.Errorf("issued in Lyon, which it names: location %q, want Lyon", q.Location)
	}
	elsewhere := "RHINE MUTUAL\nClaims update\nCologne, Wednesday 11 August 2021\n\nFloods: 412 claims so far\n\nWe have received 412 claims. At least 180 people died in Germany.\n"
	if q := analyze(t, elsewhere, "At least 180 people"); q.Location != "Germany" {
		t.Errorf("issued in Cologne, which it never names again: location %q, want Germany", q.Location)
	}
}

// TestDesignationsAndVersesAreNotQuantities checks that a number naming
// what a capitalized word names ("in Case 4", "the Hawker Tempest 5
// carried") or a verse after its chapter ("Romans 5:1-5") counts nothing,
// while counts after names, measure words and headline words stay.
func TestDesignationsAndVersesAreNotQuantities(t *testing.T) {
	got := figures(t, "The letters in Case 4 were lent by families. The Hawker Tempest 5 carried cannon.\n"+
		"Readings: Romans 5:1-5; Psalm 8; John 16:12-15.\n"+
		"Russia Fires 40 Drones at Odesa\n"+
		"In Kharkiv 120 were evacuated.\n"+
		"DEATHS REACH 70\n")
	if want := []string{"40", "120", "70"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// Flying bombs are missiles, not munitions.
func TestFlyingBombsAreMissiles(t *testing.T) {
	if q := analyze(t, "Test\n\nGerman crews fired 73 flying bombs at London.\n", "73"); q.What != "missiles" || q.Measure != "launched" {
		t.Errorf("73 flying bombs: %s %s, want launched missiles", q.Measure, q.What)
	}
}

// TestThemIsNotTheSubject checks that "them" in "Fighters destroyed 70 of
// them" are the things counted before, not the fighters.
func TestThemIsNotTheSubject(t *testing.T) {
	q := analyze(t, "Test\n\nRussia launched 80 missiles overnight. Fighters destroyed 70 of them.\n", "70")
	if q.Measure != "intercepted" || q.What != "missiles" {
		t.Errorf("70 of them: %s %s, want intercepted missiles", q.Measure, q.What)
	}
}

// TestMoneyReleasedIsSupplied checks that money released or paid out is
// supplied, and a participle of an earlier
// noun says nothing of the figure.
func TestMoneyReleasedIsSupplied(t *testing.T) {
	doc := "Test\n\nThe relief fund has released KSh 1.5 million for families. We have paid out €38 million so far. " +
		"In a video released by state media, a suspect said he had been offered 500,000 roubles.\n"
	for _, c := range []struct{ sub, measure string }{
		{"KSh 1.5 million", "supplied"},
		{"€38 million", "supplied"},
		{"500,000 roubles", "other"},
	} {
		if q := analyze(t, doc, c.sub); q.Measure != c.measure {
			t.Errorf("%s: measure %q, want %q", c.sub, q.Measure, c.measure)
		}
	}
}

// TestOurFewPeopleCount checks that a small number word after "our"
// counts the publisher's own people ("our nine students") but not "our
// two countries".
func TestOurFewPeopleCount(t *testing.T) {
	got := figures(t, "We will send a bus to bring our nine students home. Our two countries agree.\n")
	if want := []string{"nine"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}

// TestTheFigureNamedAgain checks that "the 147" names again the figure of
// that value counted before, however far back.
func TestTheFigureNamedAgain(t *testing.T) {
	doc := "Test\n\nThe minister said 147 people had been killed in Garissa. Police arrested five suspects. " +
		"Classes resume on Tuesday. The college reopens in May. A service will be held on Monday, with a minute of silence for the 147.\n"
	d := runDoc(t, doc)
	q := d.Quantities[len(d.Quantities)-1]
	if got := q.Of(d.Text); got != "147" {
		t.Fatalf("last quantity %q, want the 147", got)
	}
	if q.Measure != "killed" || q.What != "casualties" || q.Location != "Garissa" {
		t.Errorf("the 147: %s %s %q, want killed casualties Garissa", q.Measure, q.What, q.Location)
	}
}

// TestWeaponsFiredBeforeAreTheSameSides checks that missiles counted
// later in a story, with no one named, are the side's that fired that
// kind of weapon before.
func TestWeaponsFiredBeforeAreTheSameSides(t *testing.T) {
	doc := "Test\n\nGerman crews fired ten flying bombs at London. Only four reached England. One fell on a school. " +
		"The assault grew. Parliament met. Ministers spoke.\n\nBy July 2,754 flying bombs had been launched.\n"
	if q := analyze(t, doc, "2,754"); q.Actor != "Germany" {
		t.Errorf("2,754 flying bombs: actor %q, want Germany", q.Actor)
	}
}

// TestItsOwnPeople checks that the body that speaks of "its" or "their"
// people owns them, and that a person's "his" does not make an owner.
func TestItsOwnPeople(t *testing.T) {
	for _, c := range []struct{ doc, sub, actor string }{
		{"Test\n\nThe Nordgas Oil Company said five of its 17 employees were missing.\n", "five of its", "Nordgas Oil Company"},
		{"Test\n\nThe United Nations says about 100 of its staff are already in Aleppo.\n", "about 100", "United Nations"},
		{"Test\n\nA local farmer said five of their 17 workers were missing.\n", "five of their", ""},
	} {
		if q := analyze(t, c.doc, c.sub); q.Actor != c.actor {
			t.Errorf("%q: actor %q, want %q", c.sub, q.Actor, c.actor)
		}
	}
}

// TestVerbAfterAnAppositionWithParts checks that the verb after an
// apposition that counts parts of its own says what befell the figure
// before it, that an apposition naming a state's force owns the figure,
// and that a model's ".222" is no figure.
func TestVerbAfterAnAppositionWithParts(t *testing.T) {
	doc := "Test\n\nSix Lebanese civilians, among them the wife and four children of the caretaker, were also killed there. " +
		"One aircraft, an Italian Air Force G.222, was shot down west of the city.\n"
	if q := analyze(t, doc, "Six Lebanese civilians"); q.Measure != "killed" {
		t.Errorf("Six Lebanese civilians: measure %q, want killed", q.Measure)
	}
	if q := analyze(t, doc, "One aircraft"); q.Actor != "Italy" {
		t.Errorf("One aircraft: actor %q, want Italy", q.Actor)
	}
	for _, f := range figures(t, doc) {
		if strings.Contains(f, "222") {
			t.Errorf("figure %q: a model's name", f)
		}
	}
}

// Money contributed is supplied.
func TestContributedIsSupplied(t *testing.T) {
	if q := analyze(t, "Test\n\nThe European Commission contributed €1.8 million to the rescue effort.\n", "€1.8 million"); q.Measure != "supplied" {
		t.Errorf("contributed €1.8 million: measure %q, want supplied", q.Measure)
	}
}

// TestPeopleAtWorkAreDeployed checks that people working somewhere or
// joining an effort are deployed, while anything else that works is not,
// and a bare small number of it counts nothing.
func TestPeopleAtWorkAreDeployed(t *testing.T) {
	doc := "Test\n\nThe ministry says about 100,000 troops are working in the disaster zone. Renfe said about 150 of its staff joined the rescue. " +
		"Five humanitarian organisations working in the city signed the letter.\n"
	for _, sub := range []string{"about 100,000 troops", "about 150 of its staff"} {
		if q := analyze(t, doc, sub); q.Measure != "deployed" {
			t.Errorf("%s: measure %q, want deployed", sub, q.Measure)
		}
	}
	if got := figures(t, doc); slices.Contains(got, "Five") {
		t.Errorf("quantities %q: five organisations working count nothing we can name", got)
	}
}

// TestWhatAPlaceHolds checks that what a hall holds at most is no capture,
// while people an attacker held are.
func TestWhatAPlaceHolds(t *testing.T) {
	doc := "Test\n\nThe hall holds up to 6,200 people, and the show had sold out. The gunmen held 25 workers for two days.\n"
	if q := analyze(t, doc, "up to 6,200"); q.Measure != "other" {
		t.Errorf("holds up to 6,200 people: measure %q, want other", q.Measure)
	}
	if q := analyze(t, doc, "25 workers"); q.Measure != "captured" {
		t.Errorf("held 25 workers: measure %q, want captured", q.Measure)
	}
}

// An interception rate and bombs knocked down are interceptions.
func TestInterceptionRateAndKnockedDown(t *testing.T) {
	doc := "Test\n\nIsraeli officials say the interception rate is around 90 percent. A gunner wrote that his crew had knocked down 40 bombs.\n"
	for _, sub := range []string{"around 90 percent", "40 bombs"} {
		if q := analyze(t, doc, sub); q.Measure != "intercepted" {
			t.Errorf("%s: measure %q, want intercepted", sub, q.Measure)
		}
	}
}

// TestLostAsDead checks that kin or members lost, and people lost in a
// sentence that counts its wounded apart, died, while a force's losses
// stay casualties.
func TestLostAsDead(t *testing.T) {
	doc := "Test\n\nWe lost three members on the train. The commander said: \"We lost 14 men and had around 40 wounded in October.\" " +
		"Russia has lost more than 4,500 soldiers near the town, the general staff said.\n"
	for _, c := range []struct{ sub, measure string }{
		{"three members", "killed"},
		{"14 men", "killed"},
		{"more than 4,500 soldiers", "casualties"},
	} {
		if q := analyze(t, doc, c.sub); q.Measure != c.measure {
			t.Errorf("%s: measure %q, want %q", c.sub, q.Measure, c.measure)
		}
	}
}

// TestEmployeesAccountedForAndHome checks that employees and aid workers
// are personnel, that people accounted for or come home are not deployed,
// and that a place named only after the next figure is that figure's.
func TestEmployeesAccountedForAndHome(t *testing.T) {
	doc := "Test\n\nWhen the site was attacked, 11 employees were working there. Nine are now accounted for: seven have come home to Norway. " +
		"I thank our 3,400 colleagues, and above all the 40 resort staff who stayed in Sousse.\n"
	for _, c := range []struct{ sub, what, measure string }{
		{"11 employees", "personnel", "deployed"},
		{"Nine", "personnel", "other"},
		{"seven", "personnel", "other"},
		{"3,400 colleagues", "personnel", "other"},
	} {
		q := analyze(t, doc, c.sub)
		if q.What != c.what || q.Measure != c.measure {
			t.Errorf("%s: %s %s, want %s %s", c.sub, q.Measure, q.What, c.measure, c.what)
		}
	}
}

// "killed or badly hurt" counts casualties, not the dead.
func TestKilledOrBadlyHurt(t *testing.T) {
	if q := analyze(t, "Test\n\nIn all, more than 24,000 people were killed or badly hurt by the bombs.\n", "more than 24,000"); q.Measure != "casualties" {
		t.Errorf("killed or badly hurt: measure %q, want casualties", q.Measure)
	}
}

// Money someone asks another for is planned.
func TestAskedForMoneyIsPlanned(t *testing.T) {
	doc := "Test\n\nThe island has asked Congress for $139 billion for reconstruction. The chair will ask the county for up to $40,000.\n"
	for _, sub := range []string{"$139 billion", "up to $40,000"} {
		if q := analyze(t, doc, sub); q.Measure != "planned" {
			t.Errorf("%s: measure %q, want planned", sub, q.Measure)
		}
	}
}

// Bombs that "came over" were launched; people who came over were not.
func TestCameOver(t *testing.T) {
	doc := "Test\n\nMore than 200 bombs came over in a single day. About 300 refugees came over the border.\n"
	if q := analyze(t, doc, "More than 200 bombs"); q.Measure != "launched" {
		t.Errorf("200 bombs came over: measure %q, want launched", q.Measure)
	}
	if q := analyze(t, doc, "About 300 refugees"); q.Measure == "launched" {
		t.Errorf("300 refugees came over: measure %q", q.Measure)
	}
}
