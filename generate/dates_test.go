package generate

import (
	"strings"
	"testing"
	"time"
)

func findDates(t *testing.T, pub, text string) []string {
	t.Helper()
	f := dateFinder{}
	if pub != "" {
		p, err := time.Parse("2006-01-02", pub)
		if err != nil {
			t.Fatal(err)
		}
		f = dateFinder{pub: p, hasPub: true}
	}
	var out []string
	for _, h := range f.find(tokenize(text)) {
		d := h.date
		if h.end != "" {
			d += "/" + h.end
		}
		out = append(out, d)
	}
	return out
}

// dateCases hold each date rule to sentences it reads, keyed by the rule
// that must decide them (dateRules' names); a case whose want is empty
// is one the rule must claim for no date (rule "" : no rule reads it).
var dateCases = []struct{ rule, pub, text, want string }{
	{"iso date", "2023-04-23", "The deal was signed on 2021-03-04.", "2021-03-04"},
	{"school year", "2024-03-12", "Boundaries change at the start of the 2024-25 school year.", "2024/2025"},
	{"school year", "2019-04-20", "Officials said the 2018–19 season would expand the league.", "2018/2019"},
	{"school year", "2019-03-12", "The county factored the money into its FY2018/19 budget.", "2018/2019"},
	{"school year", "2024-02-16", "The council collected 61% of billing in the 2022/23 financial year.", "2022/2023"},
	{"school year", "2019-03-12", "It raised Sh412 million in 2017/18.", "2017/2018"},
	{"year range", "2024-03-12", "Exports grew in 2019-2021, the ministry said.", "2019/2021"},
	{"week of a month", "2007-06-07", "She said the group would release its full report in the first week of July.", "2007-07-01/2007-07-07"},
	{"week of a month", "2021-06-07", "Sales fell in the last week of February 2020.", "2020-02-23/2020-02-29"},
	{"year range", "2024-03-12", "Capacity doubled during the 12th Five-Year Plan period (2011-2015).", "2011/2015"},

	{"modified month", "2023-04-23", "In early August, the firm said so.", "2022-08"},
	{"modified month", "2023-04-23", "Mid-July talks stalled.", "2022-07"},
	{"modified month", "2023-03-11", "They will meet before the end of May.", "2023-05"},
	{"modified month", "2009-03-11", "He said he hoped to find a buyer by the end of April.", "2009-04"},
	{"modified month", "2010-11-16", "The central bank was likely to act before the end of the year.", "2010-12-31"},
	{"modified month", "2006-10-03", "Engineers would work in three shifts until the end of the year.", "2006-12-31"},
	{"modified month", "2005-05-17", "The union had been promised that no jobs would go before the end of 2007.", "2007-12"},
	{"modified month", "2008-11-20", "The fund will guarantee the bank's bonds until the end of 2009, the ministry said.", "2009-12-31"},
	{"month first", "2007-10-24", "Its contract with the company expires in March.", "2008-03"},
	{"month first", "2007-10-24", "Its contract with the company expired in March.", "2007-03"},
	{"slash date", "2024-03-12", "The court quashed G.O. No. 214 dated 18.07.2022, holding that no hearing had been held.", "2022-07-18"},
	{"slash date", "2024-03-12", "The order of 3.7.2022 was quashed.", "2022-07-03"},
	{"slash date", "2024-03-12", "Update to version 1.5.2024 now.", ""},
	{"month first", "2024-03-12", "The Bench directed the State to file a compliance report on or before April 30.", "2024-04-30"},
	{"month first", "2024-03-12", "The magistrate adjourned the case to April 2 for hearing.", "2024-04-02"},
	{"weekday", "2024-11-12", "She adjourned the hearing until Thursday, when the triage nurse is expected to give evidence.", "2024-11-14"},
	{"weekday", "2024-01-09", "The group plans a protest outside the hospital on Saturday.", "2024-01-13"},
	{"weekday", "2024-01-09", "The group held a protest outside the hospital on Saturday.", "2024-01-06"},
	{"weekday", "1995-10-16", "BPU has called a meeting of its members for Thursday.", "1995-10-19"},
	{"weekday", "1996-08-22", "The minister returns from Brussels on Saturday.", "1996-08-24"},
	{"weekday", "2019-11-18", "Voters go to the polls on Friday, and counting begins at 9am on Saturday.", "2019-11-22 2019-11-23"},
	{"weekday", "2012-04-25", "The candidates meet again at a hustings at the university on Friday.", "2012-04-27"},
	{"month first", "2014-10-24", "The winner takes office on January 1.", "2015-01-01"},
	{"month first", "2022-05-11", "The mayor-elect takes office on June 30.", "2022-06-30"},
	{"weekday", "1996-08-22", "Aschenbach, who returns from holiday in Austria on Saturday, has so far kept out of the dispute.", "1996-08-24"},
	{"weekday", "1996-08-22", "Aschenbach, who returned from holiday on Saturday, has so far kept out of the dispute.", "1996-08-17"},
	{"weekday", "1995-10-16", "Van Riemsdijk will offer 62 guilders a share, a premium of 24 percent to Kredietunie's closing price on Friday.", "1995-10-13"},
	{"weekday", "2010-05-17", "Hundreds of supporters met the team bus on the harbour front on Saturday night.", "2010-05-15"},
	{"weekday", "2021-11-18", "The judgment had been due on Tuesday but was put back by two days.", "2021-11-16"},
	{"weekday", "2010-05-17", "Two thieves stole the trophy from the club house on Saturday.", "2010-05-15"},
	{"month first", "2021-07-14", "The provincial government plans a memorial Mass on November 1 to mark the anniversary.", "2021-11-01"},
	{"weekday", "2024-11-13", "ESA's comet-chaser Lyra flew past Venus on Tuesday, using the planet's gravity.", "2024-11-12"},
	{"weekday", "2024-11-13", "Specialty plastics maker Kaveri Polymers on Wednesday reported a rise in profit.", "2024-11-13"},
	{"weekday", "2022-09-21", "Mayoral candidates Gareth Tolley and Mere Hohaia at the debate on Tuesday night.", "2022-09-20"},
	{"month first", "2025-03-20", "Tax bills go out in May.", "2025-05"},
	{"month first", "2025-03-20", "Tax bills went out in May.", "2024-05"},
	{"bare year", "2021-07-14", "The COA said in the 2020 annual audit report that the bids were rigged.", ""},
	{"bare year", "2016-08-09", "The unit, a 2008 model built in Poland, had passed its inspection.", ""},
	{"bare year", "2014-10-10", "The painting, completed in 1651 by the Flemish artist Pieter van Ostaeyen, is valued at about 1.2 million euros.", "1651"},
	{"bare year", "2014-10-10", "The guild was founded in 1868.", "1868"},
	{"", "2014-10-10", "The storm cut power in 1500 homes.", ""},
	{"bare year", "2021-07-14", "Turnout fell in the 2020 election.", "2020"},
	{"quarter", "2012-12-20", "The airline cannot afford a long stoppage before large debt payments due in the first quarter.", "2013-01/2013-03"},
	{"quarter", "2012-12-20", "The airline made large debt payments in the first quarter.", "2012-01/2012-03"},
	{"weekday", "2010-09-14", "Customers can order it on the company's website from Friday.", "2010-09-17"},
	{"weekday", "2010-09-14", "Shops were closed from Friday.", "2010-09-10"},
	{"joined months", "2010-09-14", "Analysts expect it to sell 3.5 million Tesseras in the October-to-December quarter.", "2010-10/2010-12"},
	{"month first", "2023-06-14", "A first hearing, scheduled for January, was postponed when the rider asked for more time.", "2023-01"},
	{"month first", "2023-06-14", "The final hearing, scheduled for January, will be held in Lausanne.", "2024-01"},
	{"month first", "2023-09-21", "The bank was buying time until the budget in November, when the Treasury will update its projections.", "2023-11"},
	{"day first", "2024-11-25", "The board had hoped Quintela would \"turn the corner\" after a 2-1 win over Hull Mariners on 2 November, but a draw followed.", "2024-11-02"},
	{"day first", "2024-11-25", "The club said Quintela would take charge of the team on 2 December.", "2024-12-02"},
	{"weekday", "2010-06-10", "In Bulgan, a recount has been ordered for Saturday.", "2010-06-12"},
	{"weekday", "2010-06-10", "The recount ordered for Saturday found no fraud.", "2010-06-05"},
	{"month first", "2024-05-10", "Apple reports its quarterly results on July 25.", "2024-07-25"},
	{"month first", "2024-05-10", "The firm holds its annual meeting on Aug. 14.", "2024-08-14"},
	{"month first", "2024-05-10", "The band tours Europe in September.", "2024-09"},
	{"month first", "2013-11-06", "The company, which reports full-year results in May, kept its dividend forecast.", "2014-05"},
	{"month first", "2013-11-06", "The company, which reported full-year results in May, kept its forecast.", "2013-05"},
	{"month first", "2013-11-06", "The band tours Asia in March.", "2014-03"},
	{"weekday", "2012-08-06", "November soybeans finished Friday at $16.11 a bushel.", "2012-08-03"},
	{"weekday", "2012-10-16", "The council had put off a decision the previous Tuesday.", "2012-10-09"},
	{"over the season", "1986-06-05", "The airline expects to restore its full schedule by the end of the summer.", "1986-08"},
	{"over the season", "1986-10-05", "By the end of the summer, the airline had restored its schedule.", "1986-08"},
	{"weekday", "2014-01-06", "Gas for February delivery climbed 14.6 cents on Monday.", "2014-01-06"},
	{"weekday", "2024-02-07", "The March contract settled at $85.41 on Tuesday.", "2024-02-06"},
	{"month first", "2024-02-07", "In January gas prices rose by a tenth.", "2024-01"},
	{"month first", "1989-10-17", "Halvorsen cut its forecast on July 26, a week after it reported record results.", "1989-07-26"},
	{"month first", "1989-10-17", "Analysts forecast a rebound in January.", "1990-01"},
	{"weekday", "2022-10-05", "Its emergency departments in Knoxville and Bowling Green have been diverting ambulances since Monday.", "2022-10-03"},
	{"month first", "2024-05-10", "The company reported results on July 25.", "2023-07-25"},
	{"month first", "2024-05-10", "The report says sales slumped on July 25.", "2023-07-25"},
	{"day first", "1997-04-23", "The vote, at a special general meeting in Huddersfield, clears the way for listing on 9 June.", "1997-06-09"},
	{"day first", "1997-04-23", "The society, based in Halifax, listed its shares on 9 June.", "1996-06-09"},
	{"day first", "1997-04-23", "The society, based in Halifax, is in talks since its vote on 9 June.", "1996-06-09"},
	{"modified month", "2009-09-11", "By the end of April, the army had retaken the city.", "2009-04"},
	{"modified month", "2025-01-15", "It must finish the review by the end of the year.", "2025-12-31"},
	{"modified month", "2025-01-15", "Elections are expected at the end of the year.", "2025"},
	{"modified month", "2025-01-15", "Talks resume at the start of next month.", "2025-02"},
	{"modified month", "2022-09-20", "Early elections are likely.", ""},

	{"month first", "2023-04-23", "in Tirana, Albania, September 8, 2022.", "2022-09-08"},
	{"month first", "2023-11-27", "It discovered the attack on Nov. 23 and went offline.", "2023-11-23"},
	{"month first", "1996-08-25", "The third round will be played on September 7 and 8.", "1996-09-07/1996-09-08"},
	{"month first", "1996-03-12", "About 4,000 refugees crossed in January and February of this year.", "1996-01/1996-02"},
	{"month first", "", "The talks began in January 2016 in Vienna.", "2016-01"},
	// partial: the most recent such month before publication
	{"month first", "2023-04-23", "The July 23-24 conference was canceled.", "2022-07-23/2022-07-24"},
	{"month first", "2023-04-23", "Albania cut ties in September last September.", "2022-09 2022-09"}, // one timeline entry
	{"month first", "2022-09-20", "They include correspondence from February this year.", "2022-02"},
	{"month first", "2022-09-20", "It is the same aggressor as the July hack.", "2022-07"},
	{"month first", "2024-09-06", "He admitted the fraud at the court in July.", "2024-07"},
	// or the next one, in a clause about the future
	{"month first", "2024-03-18", "Ministers will meet in Brussels in June.", "2024-06"},
	{"month first", "2024-09-30", "She will visit China from Oct. 14 to 16.", "2024-10-14/2024-10-16"},
	{"month first", "2025-03-17", "The court scheduled a hearing for April 2.", "2025-04-02"},
	{"month first", "2023-11-22", "Ministers meet at the December 18 Environment Council.", "2023-12-18"},
	{"month first", "2023-11-22", "The plant closed on March 3.", "2023-03-03"},
	{"month first", "2018-05-09", "The general election is Nov. 6.", "2018-11-06"},
	{"month first", "2002-10-24", "A Dunmore shareholder vote is expected in January.", "2003-01"},
	{"quarter", "2002-10-24", "The deal is expected to close in the first quarter of next year.", "2003-01/2003-03"},
	{"quarter", "2002-10-24", "Net income for its fiscal first quarter, ended Sept. 30, fell to $11.2 million.", "2002-07/2002-09"},
	{"quarter", "2002-10-24", "Profit in its fiscal second quarter fell.", ""},
	{"weekday", "2017-10-11", "Virginia's next governor traded attacks Tuesday night in their debate.", "2017-10-10"},
	{"weekday", "2022-05-17", "Polls close at 6:00pm local time on Saturday.", "2022-05-21"},
	{"weekday", "2024-06-08", "Counting for the constituency in the European Parliament elections begins on Sunday.", "2024-06-09"},
	{"weekday", "2022-05-17", "With four days to go until Saturday's election, the parties campaigned.", "2022-05-21"},
	{"weekday", "2011-02-14", "The Taipei City Lantern Festival was off to a bright start on Saturday night.", "2011-02-12"},
	{"weekday", "2004-09-20", "Holders will receive $11.25 a share, valuing Brightpath at $18.50 based on Friday's close.", "2004-09-17"},
	{"month span", "2023-09-06", "At least 3,620 people were abducted between July 2022 and June 2023.", "2022-07/2023-06"},
	{"day span", "2023-06-09", "NATO leaders are scheduled to meet in Vilnius on 11 and 12 July.", "2023-07-11/2023-07-12"},
	{"month first", "2012-06-14", "District Judge Harriet Osei set sentencing for September 20.", "2012-09-20"},
	{"month first", "2019-10-06", "The launch was originally scheduled for September 28 but was delayed.", "2019-09-28"},
	{"month first", "2022-09-18", "The company missed a payment due on July 1, the lawyer said.", "2022-07-01"},
	{"month first", "2024-03-12", "She ordered the company to allow rival stores on its devices by June 10th.", "2024-06-10"},
	{"month first", "2024-04-10", "Officials said the bridge will reopen on March 3.", "2025-03-03"},
	{"month first", "2024-04-10", "The vote, which is scheduled for March 3, was postponed.", "2025-03-03"},
	{"month first", "2020-12-18", "He had been expected to be sworn in for a third term on Jan. 4.", "2021-01-04"},
	{"month first", "2009-11-04", "Pryor, who will graduate in May, entered the race in April after the vote.", "2010-05 2009-04"},
	{"weekday", "2005-01-18", "The MBTA says full service may not be back until Wednesday.", "2005-01-19"},
	{"weekday", "2024-02-22", "\"The army will restore security within days,\" the governor told reporters in Bunia on Tuesday.", "2024-02-20"},
	{"weekday", "2005-01-18", "The company says most of them should have their lights back on by Thursday night.", "2005-01-20"},
	{"weekday", "2005-01-18", "The plant should have closed on Thursday.", "2005-01-13"},
	{"month first", "2024-05-14", "Lawmakers want a vote ahead of the November election.", "2024-11"},
	{"month first", "2024-09-09", "The group had been due to begin unwinding cuts in October.", "2024-10"},
	{"month first", "2024-06-28", "It urged calm before the elections due in December.", "2024-12"},
	{"month first", "2025-03-17", "It will complete an audit of the arrears by June.", "2025-06"},
	{"month first", "2025-09-17", "By June, the army had retaken the city.", "2025-06"},
	{"month first", "2009-06-05", "The transaction should be completed in October.", "2009-10"},
	{"month first", "2009-06-05", "The deal should have closed in October.", "2008-10"},
	{"month first", "2011-04-13", "Finally, Atlantis will go on display at the Kennedy Space Center Visitor Complex following the orbiter's last flight which launches June 28.", "2011-06-28"},
	// "May" the verb and the name
	{"month first", "2022-09-20", "May we ask? Protesters will march on the capital.", ""},
	{"month first", "2022-09-20", "Theresa May said the vote was 52-48.", ""},

	{"day first", "2023-04-23", "On 8 September 2022 the embassy closed.", "2022-09-08"},
	{"day first", "2008-06-03", "The vote is scheduled for the 24th of this month.", "2008-06-24"},
	{"day first", "2008-06-03", "Talks resume on the 3rd of next month.", "2008-07-03"},
	{"day first", "2024-11-14", "A man was found injured on Saturday 9 March.", "2024-03-09"},
	{"month first", "2024-11-14", "The talks ended on Tuesday, March 5.", "2024-03-05"},
	{"day first", "2024-01-14", "far below the 500 a day that entered before 7 October, the UN said.", "2023-10-07"},
	{"day first", "2025-11-20", "The plane, on a scheduled service to Glasgow, lost power on 14 January.", "2025-01-14"},
	{"day first", "2024-06-28", "The measures are set to expire on 30 June.", "2024-06-30"},
	{"day first", "2025-11-18", "A second man has been released on bail until 12 February while enquiries continue.", "2026-02-12"},
	{"day first", "2025-11-18", "The man was held until 12 February, when he was freed.", "2025-02-12"},
	{"day first", "2025-11-21", "The case was adjourned until 3 March.", "2026-03-03"},
	{"month first", "2025-11-21", "A separate hearing on the assets has been set for January 15.", "2026-01-15"},
	{"month first", "2015-10-18", "The platform has called another march for December 5.", "2015-12-05"},

	{"bare year", "2025-06-22", "He has proposed a presidential vote no earlier than 2027.", "2027"},
	{"bare year", "2025-03-03", "The cut leaves its margin well below consensus forecasts for 2026.", "2026"},
	{"bare year", "2024-02-01", "The bank raised its growth outlook for 2024.", "2024"},
	{"bare year", "2024-02-01", "It paid for 2000 tickets.", ""},
	{"year span", "2024-11-14", "He took bribes between 2015 and 2018, prosecutors said.", "2015/2018"},
	{"year span", "2024-11-14", "The plant ran from 2009 to 2012.", "2009/2012"},
	{"year span", "2024-11-14", "It modelled crop yields over 2000 - 2050 worldwide.", "2000/2050"},
	{"day span", "2024-03-01", "Voting runs between February 12 and February 15.", "2024-02-12/2024-02-15"},
	{"day span", "2024-03-01", "Voting ran between 12 and 15 February, officials said.", "2024-02-12/2024-02-15"},
	{"day span", "2025-05-14", "It recorded more than 300 volcanic earthquakes between Sunday and Tuesday.", "2025-05-11/2025-05-13"},
	{"day span", "2003-10-16", "The bureau forecast another 200 millimetres of rain between Friday and Sunday.", "2003-10-17/2003-10-19"},
	{"day span", "2003-10-16", "The fair will run from Saturday to Monday.", "2003-10-18/2003-10-20"},
	{"day of the month", "2012-10-11", "The association said its members would meet on the 22nd to discuss testing rules.", "2012-10-22"},
	{"month first", "2009-03-12", "He faces up to 20 years in prison on each count when he is sentenced June 19.", "2009-06-19"},
	{"month first", "2009-03-12", "He was freed in February when he was acquitted.", "2009-02"},
	{"weekday", "2009-03-12", "The judge ordered him to surrender his passport by Monday.", "2009-03-16"},
	{"weekday", "2013-06-23", "More rain is possible Tuesday, the weather service said.", "2013-06-25"},
	{"weekday", "2013-06-23", "A flood warning is in effect until Thursday morning.", "2013-06-27"},
	{"weekday", "2013-06-23", "The warning was in effect until Thursday.", "2013-06-20"},
	{"month first", "2023-10-17", "Fan presale tickets go live on Thursday (October 19), with general sale this Friday (October 20).", "2023-10-19 2023-10-20"},
	{"weekday", "2009-03-12", "The court asked the team to file a report on Friday.", "2009-03-13"},
	{"weekday", "2009-03-12", "He told reporters on Monday that he would appeal.", "2009-03-09"},
	{"weekday", "2009-03-12", "A worker, who asked not to be named, said staff had been given masks only on Tuesday.", "2009-03-10"},
	{"weekday", "2016-10-14", "One juror, a retired teacher who asked not to be named, said the panel spent most of Friday morning watching the video.", "2016-10-14"},
	{"day first", "2025-11-18", "Anyone with information is asked to call 101, quoting incident 0811 of 15 November.", "2025-11-15"},
	{"day of the month", "2013-06-19", "A spokesman said the ferry's safety certificate had expired on the 14th and had not been renewed.", "2013-06-14"},
	{"day of the month", "2016-05-12", "The prize will be presented formally on the 18th, International Museum Day.", "2016-05-18"},
	{"day of the month", "2016-05-12", "The prize will be presented on the 3rd.", "2016-06-03"},
	{"day of the month", "2016-05-12", "The talks broke down on the 28th.", "2016-04-28"},
	{"", "2016-05-12", "The fire started on the 14th floor.", ""},
	{"day span", "2025-05-14", "Sales fell sharply between Tuesday and Thursday.", "2025-05-06/2025-05-08"},
	{"day span", "2025-05-14", "Talks will be held between Tuesday and Thursday.", "2025-05-20/2025-05-22"},
	{"day span", "2009-03-11", "Holidays due to begin from 12 to 15 March have been cancelled.", "2009-03-12/2009-03-15"},
	{"day span", "2005-06-09", "The team joined a survey from 3 to 19 November 2004.", "2004-11-03/2004-11-19"},
	{"day span", "2014-10-13", "Voting papers were posted from 19 through 23 September.", "2014-09-19/2014-09-23"},
	{"day span", "2014-01-28", "The exhibit is to run from January 23 through March 9.", "2014-01-23/2014-03-09"},
	{"day span", "2014-01-28", "The show, January 23 - March 9, is free.", "2014-01-23/2014-03-09"},
	{"day span", "2024-03-01", "The talks ran from 12 February to 15 February 2024.", "2024-02-12/2024-02-15"},
	{"day span", "2019-10-09", "The exhibition runs from October 12 to January 26 at the museum.", "2019-10-12/2020-01-26"},
	{"day span", "2020-02-15", "The exhibition ran from October 12 to January 26.", "2019-10-12/2020-01-26"},
	{"day span", "2019-12-20", "The market is open from December 1 to January 6.", "2019-12-01/2020-01-06"},
	{"day span", "2024-03-01", "It ran from December 28, 2023 to January 3, 2024.", "2023-12-28/2024-01-03"},
	{"joined months", "2024-08-06", "Profit for the April-June quarter fell 38%.", "2024-04/2024-06"},
	{"month span", "2024-09-09", "Exports fell from May to July, data showed.", "2024-05/2024-07"},
	{"month span", "2025-03-10", "Rain fell between November and February.", "2024-11/2025-02"},
	{"decade", "2025-06-18", "The sector barely existed in the 1990s.", "1990/1999"},
	{"decade word", "2014-01-28", "So even back in the sixties, he was aware of it.", "1960/1969"},
	{"decade word", "2025-06-18", "Jazz flourished in the twenties.", "1920/1929"},
	{"century", "2014-01-28", "He was the center of the Zeitgeist for the 20th century.", "1900/1999"},
	{"half year", "2024-09-09", "Prices averaged $83 in the first half of 2024.", "2024-01/2024-06"},
	{"half year", "2024-07-25", "Chief executive Laura Chen told analysts the second half will be tougher.", "2024-07/2024-12"},
	{"half year", "2024-07-25", "Sales grew in the second half of the year.", "2024-07/2024-12"},
	{"half year", "2018-06-19", "The first half ended with 0 – 0 on the scoreboard.", ""},
	{"half year", "2018-06-19", "In the second half, Hwang Hee-Chan was booked for a bad foul.", ""},
	{"weekday of a month", "1997-04-04", "Brandauer vetoed the measure on the last Friday in March.", "1997-03-28"},
	{"weekday of a month", "2024-06-01", "The election is on the first Tuesday of November 2024.", "2024-11-05"},
	{"first months", "2023-11-20", "Exports rose 66 per cent in the first nine months of 2023.", "2023-01/2023-09"},
	{"first months", "2018-03-14", "Imports in the first two months of the year cost N310 billion.", "2018-01/2018-02"},
	{"quarter code", "2024-05-14", "Revenue grew 38% in Q1 2024.", "2024-01/2024-03"},
	{"quarter", "2025-04-24", "It expects to book a charge in the third quarter.", "2025-07/2025-09"},
	{"quarter", "2025-04-24", "Sales fell in the fourth quarter of 2024.", "2024-10/2024-12"},
	{"quarter", "2007-10-24", "The company also said third-quarter profit fell 38 percent.", "2007-07/2007-09"},
	{"quarter", "2007-10-24", "Its fiscal third-quarter profit fell 38 percent.", ""},
	{"quarter", "2025-04-24", "The second quarter 2023 was weak.", "2023-04/2023-06"},
	{"quarter", "2025-03-03", "Sales in China fell 23% year-on-year in the fourth quarter as rivals cut prices.", "2024-10/2024-12"},
	{"quarter", "2025-03-03", "The company expects sales to recover in the fourth quarter.", "2025-10/2025-12"},
	{"quarter code", "2025-03-04", "Multi-region replication enters public beta in Q3.", "2025-07/2025-09"},
	{"quarter code", "2025-03-03", "Sales fell in Q4, the company said.", "2024-10/2024-12"},
	{"fiscal year", "2004-10-20", "Halvorsen expects the deal to add to earnings in its fiscal 2006, which ends June 30, 2006.", "2005-07/2006-06"},
	{"quarter code", "2025-03-03", "European deliveries rose 4% in H2, the company said.", "2024-07/2024-12"},
	{"quarter code", "2024-09-03", "Margins rose to 9% in H1 2024.", "2024-01/2024-06"},
	{"half year", "2025-03-03", "It expects to close the sale in the first half of next year.", "2026-01/2026-06"},
	{"half year", "2025-03-03", "Profits rose in the second half, the bank said.", "2024-07/2024-12"},
	{"fiscal year", "2025-03-03", "It now expects an operating margin of 4% to 5% in fiscal 2025.", "2025"},
	{"fiscal year", "2025-03-03", "It will not pay a dividend for fiscal 2024.", "2024"},
	{"fiscal year", "2025-03-03", "Revenue rose 8% in FY2024.", "2024"},
	{"months to", "2025-03-03", "It aims to double its European deliveries in the year to March 2026.", "2025-04/2026-03"},

	{"bare year", "", "It was founded in 2001.", "2001"},
	{"bare year", "2022-09-20", "The Interest Section will open; 2000 troops left.", ""},

	{"weekday", "2023-04-23", "Hossein Amir-Abdollahian revealed Saturday that the ministry agreed.", "2023-04-22"},
	{"weekday", "2022-09-20", "The Daily Telegraph reported on Tuesday that talks were exposed.", "2022-09-20"},
	{"weekday", "2022-09-20", "Last Friday, the US Treasury Department sanctioned the service.", "2022-09-16"},
	{"weekday", "2023-03-16", "Drills began on Monday, officials said.", "2023-03-13"},
	{"weekday", "2023-03-16", "The leaders will meet next Monday.", "2023-03-20"},
	{"today", "2024-09-06", "He was sentenced yesterday.", "2024-09-05"},
	{"today", "2008-01-09", "Apple announced this morning that it would change its policy.", "2008-01-09"},
	{"past units", "2024-10-10", "More than 230,000 people fled in the past six months.", "2024-04-10/2024-10-10"},
	{"past units", "2025-02-11", "Either party may appeal within three months.", "2025-02-11/2025-05-11"},
	{"past units", "2009-01-30", "Flat-panel TV prices have fallen about 30 percent in the past year.", "2008-01-30/2009-01-30"},
	{"past units", "2009-01-30", "Prices rose over the last week.", "2009-01-23/2009-01-30"},
	{"past units", "2009-01-30", "In the last year of his term he resigned.", ""},

	{"this unit", "2022-09-20", "Iran was behind an incident earlier this month.", "2022-09"},
	{"this unit", "2022-09-20", "This year has witnessed a huge increase.", "2022"},
	{"this unit", "2007-02-22", "The theme of this years lantern festival is the pig.", "2007"},
	{"this unit", "2009-03-19", "Workers at the plant last night voted to accept the deal.", "2009-03-18"},
	{"modified month", "2009-03-19", "Pritchard has given Jinhai until the end of April to sign a binding contract.", "2009-04"},
	{"modified month", "2009-03-19", "The plant stayed shut until the end of April.", "2008-04"},
	{"this unit", "2009-03-19", "He expects to name a preferred bidder early next week.", "2009-03-23/2009-03-25"},
	{"this unit", "2009-03-19", "The talks broke down late last week.", "2009-03-12/2009-03-15"},
	{"this unit", "2022-09-20", "Last week, an agreement was reached.", "2022-09-12/2022-09-18"},
	{"this unit", "2025-02-14", "Earlier this week, the EU pledged aid.", "2025-02-10/2025-02-13"},
	{"this unit", "2025-02-11", "The vote is expected later this week.", "2025-02-12/2025-02-16"},
	{"this unit", "2025-02-10", "Earlier this week, the EU pledged aid.", "2025-02-10/2025-02-16"}, // a Monday: no earlier day
	{"this unit", "2025-02-14", "The talks this week were tense.", "2025-02-10/2025-02-16"},
	{"this unit", "2023-06-14", "Talks are due next month.", "2023-07"},
	{"this unit", "2023-06-14", "Figures were published last year.", "2022"},
	{"this unit", "2024-05-14", "It plans to launch in the U.K. next quarter.", "2024-07/2024-09"},
	{"this unit", "2025-06-18", "A fire destroyed the stand last summer.", "2024-06/2024-08"},
	{"this unit", "2025-10-01", "A fire destroyed the stand last summer.", "2025-06/2025-08"},
	{"this unit", "2025-06-18", "They will try again next winter.", "2025-12/2026-02"},
	{"this unit", "2022-09-20", "He gave the last word to his aide.", ""},

	{"over the season", "2026-08-06", "Negotiations had stalled over the summer.", "2026-06/2026-08"},
	{"over the season", "2026-03-06", "Heating bills rose during the winter.", "2025-12/2026-02"},
	{"season of year", "2025-06-18", "It happened in the summer of 2023.", "2023-06/2023-08"},
	{"part of unit", "2024-06-28", "Earlier in the week, diplomats circulated a draft.", "2024-06-24/2024-06-27"},
	{"months to", "2025-08-08", "Deforestation fell 18.6% in the 12 months to July.", "2024-08/2025-07"},
	{"months to", "2006-11-16", "Net income for the six months ended Sept. 30 rose 4 percent.", "2006-04/2006-09"},
	{"months to", "2004-09-20", "Brightpath earned $41 million in the 12 months ended June 30, 2004.", "2003-07/2004-06"},
	{"months to", "1991-09-25", "Net income for the quarter ended Aug. 31 fell to $21.4 million.", "1991-06/1991-08"},
	{"months to", "2020-09-02", "Revenue for the fiscal year ended June 30 rose 4%.", "2019-07/2020-06"},
	{"months to", "2009-01-30", "The company expects a net loss in the fiscal year ending March 31.", "2008-04/2009-03"},
	{"months to", "2009-01-30", "The company expected a net loss in the fiscal year ending March 31.", "2008-04/2009-03"},
	{"months to", "2009-05-30", "It will report a net loss for the fiscal year ended March 31.", "2008-04/2009-03"},
	{"month first", "2020-09-02", "He left the quarter to its own devices in June.", "2020-06"},
	{"the weekend", "2022-09-20", "Over the weekend, documents were leaked.", "2022-09-17/2022-09-18"},
	{"past units", "2005-10-04", "Within one month of the iPod launch, Apple announced another event.", ""},
	{"past units", "2009-05-08", "Over the last five months of her life, she was treated by him.", ""},
	{"this unit", "2014-01-28", "This past week marked the opening night of an exhibit.", "2014-01-20/2014-01-26"},
	{"ago", "2024-02-02", "Microsoft reported similar activity two weeks ago.", "2024-01-19"},
	{"ago", "2017-07-21", "Seventeen years ago, this would not have been possible.", "2000"},
	{"ago", "2011-03-08", "\"[Ten] years ago, a browser was born,\" the company said.", "2001"},
	{"ago", "2011-03-08", "IE6 shipped with Windows XP, nearly a decade ago.", "2001"},
	{"", "2024-10-10", "Updated 3 hours ago", ""}, // page furniture: hours are no date
	{"year end", "2023-02-23", "It is part of an effort to clear the backlog by year end.", "2023-12-31"},
	{"year end", "2023-02-23", "The index ended the year-end session lower.", ""},

	// Words that look like dates but are not.
	{"", "2022-09-20", "Albanians are now expected to make up much to 60% of those crossing.", ""},
	{"", "2022-09-20", "This is the view from London.", ""},
	{"", "2022-09-20", "We will respond, and we may act soon.", ""},
	{"", "2022-09-20", "Relations have been strained for years.", ""},
	{"", "2022-09-20", "The firm cut 1,200 jobs, or 8% of its workforce.", ""},
	{"", "2022-09-20", "Attacks rose in recent months.", ""},
	{"month first", "2014-02-04", "The agency ordered inspections on March 12 last year.", "2013-03-12"},
	{"day first", "2024-03-12", "The council first raised concerns on 28 January last year.", "2023-01-28"},
	{"day first", "2024-03-12", "Work is to begin on 4 May next year.", "2025-05-04"},
	{"month first", "2008-06-10", "The paintings were stolen on the night of May 19–20, 2008.", "2008-05-19/2008-05-20"},
	{"the weekend", "2012-10-18", "Officials hoped to reach all villages by the weekend.", "2012-10-20/2012-10-21"},
	{"over the season", "2013-02-04", "The final report was expected in the autumn.", "2013-09/2013-11"},
	{"over the season", "1998-02-06", "The vote is scheduled for the spring.", "1998-03/1998-05"},
	{"over the season", "1998-02-06", "The work will be finished by the summer.", "1998-06/1998-08"},
	{"month first", "2011-05-25", "The process was due to end in March but was extended by two months.", "2011-03"},
	{"month first", "2011-05-25", "The process is due to end in March.", "2012-03"},
	{"weekday", "2011-05-23", "The envoy was due in Bangui on Wednesday for talks.", "2011-05-25"},
	{"modified month", "1996-08-28", "The savings package should be in force by end-1997, officials said.", "1997-12-31"},
	{"holiday", "2024-03-15", "Five of the break-ins happened on Boxing Day alone.", "2023-12-26"},
	{"holiday", "2024-03-15", "He will remain in custody over the Easter weekend.", "2024-03-29/2024-04-01"},
	{"holiday", "2024-08-27", "Rain could arrive on Labor Day.", "2024-09-02"},
	{"holiday", "2024-03-15", "The shop closed on New Year's Day.", "2024-01-01"},
	{"holiday", "2008-06-12", "Versions for Japan are planned before Christmas, the company said.", "2008-12-25"},
	{"slash date", "2024-03-15", "A receipt dated 27/12/2023 was found.", "2023-12-27"},
	{"slash date", "2024-03-15", "A receipt dated 12/03/2024 was found.", ""},
	{"ago", "2024-03-15", "He is due back in three weeks' time.", "2024-04-05"},
	{"ago", "2024-03-15", "He pleaded guilty a fortnight ago.", "2024-03-01"},
	{"today", "2024-03-15", "The week before last, a judge refused bail.", "2024-02-26/2024-03-03"},
	{"today", "2025-01-05", "Relief is not expected until the day after tomorrow.", "2025-01-07"},
	{"modified month", "2024-11-12", "It will cruise until mid-next year.", "2025-06/2025-07"},
	{"modified month", "2022-02-09", "Construction could begin by mid-2023.", "2023-06/2023-07"},
	{"modified month", "2024-11-12", "By the end of the decade the science will arrive.", "2029-12-31"},
	{"bare year", "2024-11-12", "It was first described in a 1996 paper.", "1996"},
	{"day span", "2024-10-02", "Advance polls will be open from Friday, Oct. 11, to Monday, Oct. 14.", "2024-10-11/2024-10-14"},
	{"day span", "2024-03-15", "The burglaries happened in Kent, between Christmas Eve and New Year's Day.", "2023-12-24/2024-01-01"},
	{"weekday", "2025-01-05", "By Saturday it should be quiet, the officer said.", "2025-01-11"},
	{"weekday", "2025-01-05", "The fire had burned out by Saturday.", "2025-01-04"},
	{"weekday", "2025-01-05", "\"We'll reassess on Monday afternoon,\" she said.", "2025-01-06"},
	{"modified month", "1996-11-12", "Profit rose 12 percent in the year to end-March.", "1996-03"},
	{"", "", "She left on Tuesday and returns next week.", ""}, // relative, and no publication date
}

// finder is a dateFinder for publication date pub ("": none).
func finder(t *testing.T, pub string) dateFinder {
	t.Helper()
	if pub == "" {
		return dateFinder{}
	}
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		t.Fatal(err)
	}
	return dateFinder{pub: p, hasPub: true}
}

// rulesAt walks toks as find does and returns the names of the rules that
// found a date and of those that claimed a token for none.
func rulesAt(f dateFinder, toks []token) (foundBy, stoppedBy map[string]bool) {
	foundBy, stoppedBy = map[string]bool{}, map[string]bool{}
	for i := 0; i < len(toks); {
		h, v, k := f.rule(toks, i)
		switch v {
		case found:
			foundBy[dateRules[k].name] = true
			i = h.b
			continue
		case stop:
			stoppedBy[dateRules[k].name] = true
		}
		i++
	}
	return foundBy, stoppedBy
}

// TestDateRules reads each case's sentence and checks the dates found and
// that its rule is the one that decided them.
func TestDateRules(t *testing.T) {
	for _, c := range dateCases {
		name := c.rule
		if name == "" {
			name = "no rule"
		}
		t.Run(name, func(t *testing.T) {
			got := strings.Join(findDates(t, c.pub, c.text), " ")
			if got != c.want {
				t.Errorf("%q (published %s): got %q, want %q", c.text, c.pub, got, c.want)
			}
			foundBy, stoppedBy := rulesAt(finder(t, c.pub), tokenize(c.text))
			switch {
			case c.rule != "" && c.want != "" && (len(foundBy) != 1 || !foundBy[c.rule]):
				t.Errorf("%q: found by %v, want by %q alone", c.text, foundBy, c.rule)
			case c.rule != "" && c.want == "" && !stoppedBy[c.rule]:
				t.Errorf("%q: not claimed by %q (claimed by %v)", c.text, c.rule, stoppedBy)
			}
		})
	}
}

// TestEveryDateRuleHasACase: a rule without a case could change unnoticed.
func TestEveryDateRuleHasACase(t *testing.T) {
	has := map[string]bool{}
	for _, c := range dateCases {
		if c.want != "" {
			has[c.rule] = true
		}
	}
	names := map[string]bool{}
	for _, r := range dateRules {
		if names[r.name] {
			t.Errorf("two date rules named %q", r.name)
		}
		names[r.name] = true
		if !has[r.name] {
			t.Errorf("date rule %q has no case in dateCases that it finds", r.name)
		}
	}
	for _, c := range dateCases {
		if c.rule != "" && !names[c.rule] {
			t.Errorf("case %q names no rule: %q", c.text, c.rule)
		}
	}
}

// TestDateRuleExamples: each example a rule gives in dateRules is read by
// that rule (examples are separated by ";"), published on 2025-06-18.
func TestDateRuleExamples(t *testing.T) {
	f := finder(t, "2025-06-18")
	for _, r := range dateRules {
		for _, ex := range strings.Split(r.example, ";") {
			if foundBy, _ := rulesAt(f, tokenize(strings.TrimSpace(ex))); !foundBy[r.name] {
				t.Errorf("%s: example %q is found by %v", r.name, ex, foundBy)
			}
		}
	}
}

// TestNotDatesInGold checks the gold files' not_dates words never produce a
// timeline entry on their own.
func TestNotDatesInGold(t *testing.T) {
	for _, w := range []string{"years", "Interest", "now", "60%", "this", "from", "We", "May", "March"} {
		if got := findDates(t, "2022-09-20", "It was "+w+" here."); len(got) != 0 {
			t.Errorf("%q found as a date: %v", w, got)
		}
	}
}

// TestDayOfTheStory: a sentence whose only time is "the day" or a clock
// time happened on the story's last exact day told, else on the day it was
// published.
func TestDayOfTheStory(t *testing.T) {
	a := "Markets\n\n" +
		"The Dow Jones Industrial Average posted a modest gain of half a percent, ending the day at 8,017.\n\n" +
		"The take-off, at 08:30 UTC, was apparently normal.\n\n" +
		"The first A380 landed at Changi at 6:40 p.m. after a 12-hour flight.\n\n" +
		"The plane was grounded on 3 March. It flew again later in the day.\n\n" +
		"A man was found injured at 11.30pm on Saturday 9 March.\n\n" +
		"He said the day before the vote was calm."
	br := mustGenerate(t, Options{Published: "2024-04-03"}, a)
	checkTimeline(t, br, map[string]string{
		"ending the day at 8,017":  "2024-04-03",
		"at 08:30 UTC":             "2024-04-03",
		"at 6:40 p.m.":             "2024-04-03",
		"It flew again later":      "2024-03-03",
		"found injured at 11.30pm": "2024-03-09",
	})
	for _, e := range br.Timeline {
		if strings.Contains(e.Text, "found injured") && e.Date != "2024-03-09" || strings.Contains(e.Text, "the day before the vote") {
			t.Errorf("%s: %q", e.Date, e.Text)
		}
	}
}

// TestAnchoredDays covers days told relative to the story's last exact
// day, in the same sentence or an earlier one.
func TestAnchoredDays(t *testing.T) {
	a := "Trial\n\n" +
		"The former minister went on trial on Wednesday.\n\n" +
		"The judge had rejected a request to delay the trial the previous day.\n\n" +
		"Police arrested him on 3 March. He was charged two days later.\n\n" +
		"Officials had visited the capital the previous week.\n\n" +
		"They learned of it in 2019. Prosecutors closed the inquiry the following year.\n\n" +
		"A man was found injured at 11.30pm on Saturday 9 March. He died the following morning. He was charged later that evening.\n\n" +
		"He was released the day before the vote, officials said.\n\n" +
		"The by-election is on Monday, Nov. 25. The count will take place the following Tuesday."
	br := mustGenerate(t, Options{Published: "2024-11-14"}, a)
	want := map[string]string{
		"The judge had rejected":                          "2024-11-12", // Wednesday was the 13th
		"charged two days later":                          "2024-03-05",
		"Officials had visited":                           "2024-02-26", // the week before the last day told, 5 March
		"died the following morning":                      "2024-03-10",
		"closed the inquiry the following year":           "2020",
		"The count will take place the following Tuesday": "2024-11-26",
		"He was charged later that evening":               "2024-03-10",
	}
	checkTimeline(t, br, want)
	for _, e := range br.Timeline {
		if strings.Contains(e.Text, "day before the vote") {
			t.Errorf("a day relative to an event, not a date, was resolved: %+v", e)
		}
	}
}

// TestAnchorsOfWeeksAndDaysToCome: "a week later" counts seven days from
// the last day told; a day to come anchors only a sentence that tells of
// what is to come, so "the previous day" after "the June 9 primary" is
// counted from the day the story told before.
func TestAnchorsOfWeeksAndDaysToCome(t *testing.T) {
	a := "Race\n\n" +
		"Carraway withdrew on Thursday.\n\n" +
		"Activists complained ahead of the June 9 primary. She had appeared at a forum the previous day.\n\n" +
		"The board will meet on June 14. Its review will be published a week later.\n\n" +
		"The ballots will be counted at a canvass on May 13. A recount would likely take place the following week.\n\n" +
		"Valenzuela tore a muscle on April 3. He returned for the semi-final two weeks later."
	br := mustGenerate(t, Options{Published: "2015-04-24"}, a)
	checkTimeline(t, br, map[string]string{
		"appeared at a forum the previous day": "2015-04-22",
		"will be published a week later":       "2015-06-21",
		"the following week":                   "2015-05-18",
		"returned for the semi-final":          "2015-04-17",
	})
}

// TestYearOfTheSentence: a day or month written without its year is in the
// year its sentence has named ("In 1995, ...", "last year, ..."), not the
// one nearest the story. It failed before: the border closed in 1995 was
// dated 1996-03-31, after the story.
func TestYearOfTheSentence(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"In 1995, the border was closed from March 31 to April 10.", "1995 1995-03-31/1995-04-10"},
		{"Tanzania closed the border last year, from March 31st to April 10th.", "1995 1995-03-31/1995-04-10"},
		{"The border was closed from March 31 to April 10.", "1996-03-31/1996-04-10"},
		{"Since 1998, shipments have faced duties, and on March 3 the ruling came.", "1998 1996-03-03"},
		{"The firm, which was founded in 1998, was sold on 3 June.", "1998 1995-06-03"},
	} {
		if got := strings.Join(findDates(t, "1996-03-12", c.text), " "); got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}

// TestMayStartDate checks the gate find puts before the date rules: at
// every token of every test text and every case above, each rule that
// would decide there (a date, or a stop) must start at a token
// mayStartDate admits. A rule that begins at a word dateStarts lacks
// fails here.
func TestMayStartDate(t *testing.T) {
	texts := []string{}
	for _, c := range dateCases {
		texts = append(texts, c.text)
	}
	for _, g := range []string{"../briefings/sources/*.txt", "testdata/*/sources/*.txt", "testdata/realdev/articles/*.txt"} {
		for _, d := range readSources(t, g) {
			texts = append(texts, d.Text)
		}
	}
	f := finder(t, "2020-06-15")
	checked := 0
	for _, text := range texts {
		toks := tokenize(text)
		for i := range toks {
			for _, r := range dateRules {
				if _, v := r.match(f, toks, i); v != pass {
					checked++
					if !mayStartDate(toks[i]) {
						t.Errorf("rule %q decides at %q, which mayStartDate refuses (in %.60q)", r.name, toks[i].s, text[toks[i].start:])
					}
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d decisions checked: the test text is missing", checked)
	}
}
