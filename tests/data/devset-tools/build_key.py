"""Builds devset-key.json from hand-assigned roles and hand-written statements.

Roles and statements below were written by hand from reading the texts; the only
thing computed is "start" (the first 40 characters of each block, copied from the file).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "devset")

T, D, C, H, B, P, R, X = "Title", "Dateline", "Caption", "Heading", "Body", "Boilerplate", "Related", "Duplicate"

def S(speaker, cue, kind, snippet):
    return {"speaker": speaker, "cue": cue, "kind": kind, "snippet": snippet}

DOCS = [
 dict(fileName="dev01-northmoor-flood-lawsuit.txt",
  title="Northmoor council votes to sue government over withheld flood defence money",
  published="2025-01-07T18:02",
  roles=[T, B, D, D, P, P, C, B, B, B, B, B, P, B, B, B, B, H, B, B, B, B, P, P, P],
  statements=[
   S("Ada Price", "said", "Direct", "We won, and we won decisively"),
   S("Ada Price", "said", "Direct", "Tonight this town stopped asking politely and started insisting"),
   S("Ada Price", "said", "Direct", "We were promised this money in 1998 and again in 2019"),
   S("Ada Price", "said", "Direct", "If ministers won’t honour a deal their own department signed"),
   S("Department for Housing and Local Resilience", "said", "Reported", "the money had not been withdrawn but moved to later financial years"),
   S("Department for Housing and Local Resilience", "added", "Direct", "We remain committed to protecting Northmoor from flooding"),
   S("Tom Reddy", "said", "Reported", "the case could cost the council up to £400,000 in legal fees"),
   S("Tom Reddy", "said", "Direct", "with no guarantee of a penny at the end of it"),
   S("Tom Reddy", "said", "Direct", "I don't doubt Ada's motives, but this is a gamble"),
   S("Tom Reddy", "said", "Direct", "If we lose, it's the libraries and the bin rounds that pay"),
   S("Joan Whitley", "said", "Reported", "she kept her sofa and her late husband’s piano on bricks"),
   S("Joan Whitley", "said", "Direct", "You don’t unpack properly any more. You just wait for the rain"),
   S("Helen Marsh", "said", "Reported", "would be overtopped more often in the coming decades"),
   S("Helen Marsh", "said", "Direct", "a climate we simply don’t have any more"),
  ],
  notes="Byline 'Jane Smith, Political correspondent' and 'Last modified on Tue 7 Jan 2025 18.02 GMT' are Datelines; published is the printed time 18.02 as 2025-01-07T18:02 (GMT not converted). The standfirst (second block) is Body. 'Explore more on these topics', the tag line and 'Reuse this content' are Boilerplate, as are the share lines and 'Advertisement'. Apostrophes inside words (’90s, council’s, don't, Ada's, residents', it's, river’s, husband’s) are not quote marks; 'residents'' ends a word with a straight apostrophe right before a space, inside a straight-quoted statement. Curly single quotes are used in most paragraphs, straight single quotes in the two Tom Reddy paragraphs. 'We won...,' Price said ... 'Tonight...' is two pairs of marks around one attribution: keyed as two Direct statements, both cue 'said' (the second pair has no verb of its own but the attribution clearly covers it). Same for Reddy's two pairs ('he said' = Tom Reddy). Ada Price's continued quote: opened after 'said:' in one paragraph, not closed, reopened and closed in the next paragraph: one statement per paragraph, both cue 'said' (the verb before the colon; the second paragraph inherits it). The department statement: 'A spokesperson for the Department for Housing and Local Resilience said' has no named person, so the speaker is the department; 'the department added' is the same speaker. Reddy's 'said the case could cost ... 'with no guarantee ...'' is split into a Reported statement and a Direct partial quote, both cue 'said'; likewise Helen Marsh ('said the existing embankments were built for 'a climate ...' and would be overtopped'). Speakers are given without titles: 'Cllr Tom Reddy' -> Tom Reddy, 'Mrs Joan Whitley' -> Joan Whitley, 'Dr Helen Marsh' -> Helen Marsh. The caption 'Councillor Ada Price at the meeting. Photograph: Sam Lee/PA' is one Caption block (caption text and credit on one line). Not keyed: 'Many say they can no longer get home insurance ...' (no identifiable speaker) and 'several councillors described homes ...' (unnamed, and describes rather than reports content)."),

 dict(fileName="dev02-island-ferry-suspended.txt",
  title="Ynys Garth ferry suspended after second engine failure in a month",
  published="2025-01-04T09:15",
  roles=[T, D, D, P, C, C, B, B, B, B, C, H, B, B, B, B, C, B, B, B, B, P, P, P, P, R, R, R, R, R, R],
  statements=[
   S("Harwick Ferries", "said", "Reported", "a replacement part was being shipped from Norway"),
   S("Harwick Ferries", "said", "Direct", "We know how difficult this is for islanders"),
   S("Gwen Lloyd", "said", "Reported", "she had already cancelled two deliveries and was rationing bread"),
   S("Gwen Lloyd", "said", "Direct", "People here feel forgotten about every single winter"),
   S("Gwen Lloyd", "said", "Direct", "If this was a bridge on the M4"),
   S("Rhodri Ellis", "said", "Reported", "at least 30 patients had missed hospital appointments"),
   S("Rhodri Ellis", "said", "Reported", "some had been flown to the mainland by an air ambulance charity"),
   S("Carys Bevan", "told", "Reported", "she had asked officials to look at chartering a second vessel"),
   S("Carys Bevan", "said", "Direct", "The people of Ynys Garth deserve a service they can rely on"),
   S("Ynys Garth Community Council", "said", "Reported", "it would write to Harwick Ferries demanding compensation"),
  ],
  notes="published from 'Updated 09:15 GMT, 4 Jan 2025' -> 2025-01-04T09:15. The byline 'Owen Pryce, North Wales reporter' is a Dateline. 'Image caption,' is printed as its own block before the caption text: both are Caption. 'Image: Passengers ...' and 'FILE PHOTO: ...' are Captions. 'Hospital appointments missed' is a subheading (Heading). 'Related Topics' and the three tag words after it are Boilerplate; from 'More on this story' on, the teaser headlines and the 'Top Stories' label are Related; the quoted phrase in the teaser 'New ferry for island route 'still two years away'' is not keyed (Related block, no speaker). 'The operator, Harwick Ferries, said X and that Y' is keyed once (one reporting verb, two coordinated clauses). 'the company said in a statement' = Harwick Ferries. Gwen Lloyd: two pairs of marks around 'she said' = two Direct statements. 'He said some had been flown ...' -> He = Rhodri Ellis. 'Ms Bevan said' -> Carys Bevan. 'Harwick Ferries has been approached for comment' is not a statement."),

 dict(fileName="dev03-veltra-energy-job-cuts.txt",
  title="Veltra Energy to cut 1,200 jobs as North Sea output falls",
  published="2025-01-06T10:42",
  roles=[T, D, D, B, B, B, B, B, B, B, B, B, B, B, B, B, P, P],
  statements=[
   S("Veltra Energy", "said", "Reported", "will cut about 1,200 jobs, or nearly a fifth of its workforce"),
   S("Martin Selby", "told", "Direct", "We have to size the business for the basin we have"),
   S("Martin Selby", "said", "Reported", "the plan would be completed by the end of 2026"),
   S("Offshore Energy Workers' Federation", "said", "Reported", "the cuts would hit Peterhead hardest"),
   S("Offshore Energy Workers' Federation", "calling", "Direct", "a hammer blow to communities that powered this country for fifty years"),
   S("Fiona McRae", "said", "Direct", "There was no consultation, none at all. We found out"),
   S("Fiona McRae", "said", "Reported", "members would meet next week to consider a ballot for industrial action"),
   S("Aberdeen city finance office", "according to", "Reported", "The job losses would take about 90 million pounds a year"),
   S("Aberdeen city finance office", "said", "Reported", "it would seek urgent talks with the company"),
   S("Jonas Berg", "according to", "Reported", "The restructuring should save Veltra roughly 150 million pounds a year"),
   S("Jonas Berg", "said", "Direct", "a company that has been managing decline rather than planning for it"),
   S("Jonas Berg", "adding", "Reported", "he expected further asset sales this year"),
   S("Department for Energy", "said", "Reported", "it was in close contact with the company and stood ready"),
  ],
  notes="published from 'January 6, 2025 10:42 AM GMT' -> 2025-01-06T10:42. The wire dateline 'LONDON, Jan 6 (Reuters) -' is part of the first Body paragraph; its statement ends '..., the company said on Monday' -> speaker Veltra Energy, Reported, snippet from the clause before the attribution. 'Selby said the plan would be completed ... and no further site closures were expected' is reported speech without 'that': one Reported statement. 'Chief Executive Martin Selby told analysts' -> speaker Martin Selby, cue 'told'. The federation paragraph 'said the cuts would hit Peterhead hardest, calling them \"a hammer blow ...\"' is keyed as a Reported statement (cue 'said'; snippet is the whole 6-word clause) plus a Direct partial quote (cue 'calling', the participle that introduces the quote). 'according to the Aberdeen city finance office, which said ...' gives two statements by the same organisation (cues 'according to' and 'said'). 'according to Jonas Berg, an analyst at Northbridge Capital' -> speaker Jonas Berg. 'Britain's Department for Energy said' -> speaker Department for Energy. 'Reporting by ...; Editing by ...' and 'Our Standards: ...' are Boilerplate. The byline 'By Tom Hale and Priya Nair' is a Dateline."),

 dict(fileName="dev04-water-utility-lead-settlement.txt",
  title="Water company to pay $14 million over lead found in school drinking fountains",
  published="2025-01-08T16:37",
  roles=[T, D, D, B, C, B, B, B, B, B, B, B, B, B, B, B, B, P, P],
  statements=[
   S("Peter Okafor", "said", "Direct", "We made mistakes, and we are going to fix them"),
   S("Robert Lyle", "said", "Reported", "the company had ignored warnings from its own engineers"),
   S("Robert Lyle", "said", "Direct", "Parents trusted that the water in their kids’ schools was safe"),
   S("Amara Osei", "said", "Direct", "There is no safe level of lead for a child. None"),
   S("Amara Osei", "added", "Reported", "families whose children drank from the affected fountains should ask"),
   S("Peter Okafor", "said", "Reported", "the company would finish replacing the school lines by the end"),
   S("Peter Okafor", "said", "Reported", "the company had also suspended two senior managers"),
   S("Carla Mendez", "said", "Reported", "she intended to approve the settlement once parents had 30 days"),
   S("Lena Brooks", "said", "Direct", "My son drank from that fountain every single day for three years"),
   S("Lena Brooks", "said", "Reported", "she planned to join a separate class-action lawsuit filed in October"),
   S("Helen Carter", "said", "Reported", "she would sign legislation requiring annual lead testing in every public school"),
  ],
  notes="published from 'Updated 4:37 PM EST, January 8, 2025' -> 2025-01-08T16:37 (12-hour clock read as 24-hour; EST not converted). 'By MARIA ALVAREZ' is a Dateline. 'WASHINGTON (AP) —' opens the first Body paragraph, which has no attributed statement. The '(Photo: AP)' line is a Caption. 'said Harbour City Water chairman Peter Okafor' -> speaker Peter Okafor (the company and role are not part of the name); later 'Okafor said' and 'He said' (same paragraph, right after Okafor) = Peter Okafor. 'The state’s attorney general, Robert Lyle, said in a statement that ...' -> Robert Lyle, cue 'said'. 'said Dr. Amara Osei' -> Amara Osei; 'She added' = Amara Osei. 'U.S. District Judge Carla Mendez said' -> Carla Mendez; 'Gov. Helen Carter said' -> Helen Carter. Not keyed: 'according to court documents' (documents, no named speaker) and 'Some parents said the money was not enough' (no identifiable speaker). 'Associated Press writer Dan Whitfield in Baltimore contributed to this report.' is a footer credit: Boilerplate (it could be argued to be a byline/Dateline). The copyright line is Boilerplate."),

 dict(fileName="dev05-lumen-devices-press-release.txt",
  title="Lumen Devices Reports Record Fourth-Quarter Revenue, Unveils Aurora Low-Power Sensor Platform",
  published="2025-01-14",
  roles=[P, T, B, B, B, B, B, H, B, B, B, B, H, B, B, B, P, P, P, P, P, P, P, P, P],
  statements=[
   S("Maria Chen", "said", "Direct", "This was the strongest quarter in Lumen's history"),
   S("Maria Chen", "said", "Direct", "With Aurora, we intend to make that advantage impossible to ignore"),
   S("Maria Chen", "said", "Reported", "the company would also double its engineering staff in Taipei"),
   S("Lumen Devices", "said", "Reported", "the first Aurora chips would ship to customers in April"),
   S("Kenji Morrow", "said", "Direct", "Aurora lets our customers' devices run for years"),
   S("Kenji Morrow", "added", "Reported", "the chips had already been validated by three automotive suppliers"),
   S("Priya Raman", "said", "Direct", "We tested Aurora for eleven months across our smart-meter fleet"),
   S("Daniel Ruiz", "said", "Direct", "We are entering 2025 with the strongest order book"),
  ],
  notes="'FOR IMMEDIATE RELEASE' is Boilerplate; the title is the second block. The subheadline ('Quarterly revenue rises 34% ...') is treated like a standfirst: Body. published from the release line 'SAN JOSE, Calif., Jan. 14, 2025 /PRNewswire/ --' (date only), which opens the first Body paragraph. Not keyed: 'Lumen Devices ... today reported revenue of $212 million' (the company reporting its results is not a statement of speech), the full-year figures, and 'Lumen expects revenue of between ...' (guidance, 'expects' is not a reporting verb). Keyed: 'The company said the first Aurora chips would ship ...' (speaker Lumen Devices). Maria Chen's two pairs of marks around one 'said Maria Chen' attribution = two Direct statements. 'said Dr. Kenji Morrow, chief technology officer' -> Kenji Morrow; 'Morrow added that' = Reported. 'Aurora Sensor Platform' and 'Outlook' are Headings. The conference-call paragraph is Body (no statement). 'About Lumen Devices', its paragraph, 'Forward-Looking Statements', its paragraph, 'Media contact:', the contact name, email and phone lines and 'SOURCE Lumen Devices, Inc.' are Boilerplate. Rachel Ambrose (media contact) says nothing."),

 dict(fileName="dev06-conductor-qa-interview.txt",
  title="Conductor Elif Varga on new music, old halls and the next generation",
  published="2025-01-12",
  roles=[T, D, D, B, B, B, B] + [B] * 14 + [B, R, R, R],
  statements=[
   S("Richard Amsel", "said", "Direct", "She was the only candidate who talked about the audience"),
   S("Elif Varga", "said", "Reported", "she had turned the job down twice before finally accepting it"),
   S("Elif Varga", "", "Direct", "Because the third time they stopped asking me to be the person"),
   S("Elif Varga", "", "Direct", "Our premieres sold better than two of the Beethoven nights"),
   S("Elif Varga", "", "Direct", "I read every single one, and I answer most of them"),
   S("Elif Varga", "", "Direct", "I still hear him whenever I doubt myself on the podium"),
   S("Anton Lenz", "say", "Direct", "Tempo is an opinion, and you must defend it every night"),
   S("Elif Varga", "", "Direct", "The hall needs new seats and a new roof"),
   S("Elif Varga", "", "Direct", "Learn to listen before you learn to lead"),
   S("Elif Varga", "", "Direct", "A children’s commission in the spring, and a tour"),
  ],
  notes="Q&A format 'Ledger: ...' (questions, not keyed) / 'Varga: ...' (answers). Each answer line is one Direct statement by Elif Varga with cue '' (no reporting verb, no quote marks; the whole answer is one statement even when it has several sentences). 'Interview by Tom Baxter' and 'Published January 12, 2025' are Datelines. 'This interview has been edited for length and clarity.' is an editorial note inside the article: Body (could be argued Boilerplate). 'said the orchestra’s board chair, Richard Amsel' -> Richard Amsel. Intro 'She said she had turned the job down twice ...' -> Elif Varga, Reported. In the fourth answer Varga quotes her teacher: 'He used to say, ‘Tempo is an opinion, ...’' is keyed as a separate Direct statement by Anton Lenz (He = Prof. Anton Lenz, cue 'say' as printed in 'used to say'); the rest of the answer is Varga's statement. The last body paragraph ('Varga’s first season continues ...') has no statement. 'More from Arts & Culture' and the two teasers after it are Related; the play title ‘Twelfth Night’ in a teaser is not a statement."),

 dict(fileName="dev07-xinhua-rural-cold-chain.txt",
  title="China to expand rural cold-chain network to cut post-harvest losses",
  published="2025-01-05T16:42",
  roles=[T, D, X, B, C, C, B, B, B, B, B, B, B, B, B, B, P],
  statements=[
   S("Wang Jianguo", "said", "Reported", "will build or upgrade more than 1,500 cold-storage facilities in rural areas"),
   S("Wang Jianguo", "said", "Reported", "the ministry would give priority to major producing counties"),
   S("Wang Jianguo", "noted", "Reported", "losses of fruit and vegetables between the field and the market"),
   S("Wang Jianguo", "stressed", "Reported", "local governments must strengthen the supervision of construction quality"),
   S("Wang Jianguo", "said", "Direct", "Cold-chain logistics is a key link in ensuring farmers' incomes"),
   S("Ministry of Agriculture and Rural Affairs", "According to", "Reported", "the country's total cold-storage capacity reached 240 million cubic meters"),
   S("Liu Fang", "said", "Reported", "the central government would allocate 5 billion yuan"),
   S("Liu Fang", "added", "Reported", "financial institutions would be encouraged to offer low-interest loans"),
   S("Zhou Ming", "told", "Reported", "the plan would help smallholders sell their produce at better prices"),
   S("Zhou Ming", "said", "Direct", "In the past, farmers often had to sell at the lowest price"),
  ],
  notes="published from 'Source: Xinhua | 2025-01-05 16:42:10' -> 2025-01-05T16:42 (seconds dropped). The headline is printed again right after the source line: the second copy is Duplicate. The wire dateline 'BEIJING, Jan. 5 (Xinhua) --' opens the first Body paragraph; its statement is attributed at the end ('..., Vice Minister of Agriculture and Rural Affairs Wang Jianguo said Sunday') -> Wang Jianguo, Reported, snippet from the clause before the attribution. 'Photo taken on Jan. 4, 2025 shows ...' and the separate credit line '(Xinhua/Zhang Wei)' are both Captions (the caption date is not the publication date). 'Speaking at a press conference ..., Wang said that ...' -> one Reported statement (the participle 'Speaking' has no content of its own). 'He stressed' = Wang Jianguo. 'According to the Ministry of Agriculture and Rural Affairs' -> organisation speaker, cue 'According to' as printed (capitalised, like 'Noting' in the seeds key). 'She added' = Liu Fang. 'Zhou Ming ... told Xinhua that ...' -> cue 'told'. The last body paragraph (2024 output figures) has no speaker. 'Editor: Li Na' is Boilerplate."),

 dict(fileName="dev08-tass-arctic-freight-corridor.txt",
  title="Kremlin sees no obstacles to launching Arctic freight corridor by summer",
  published="2025-01-05T14:20",
  roles=[T, D, B, B, B, B, B, B, B, B, B, B, B, B, B],
  statements=[
   S("Pavel Dorokhov", "told", "Reported", "the first regular container service along the new Arctic freight corridor"),
   S("Pavel Dorokhov", "said", "Direct", "We see no obstacles. The work is proceeding according to schedule"),
   S("Pavel Dorokhov", "said", "Reported", "the question should be addressed to the government"),
   S("Pavel Dorokhov", "added", "Reported", "the president would hold a meeting on the development of northern ports"),
   S("Yelena Garina", "According to", "Reported", "the corridor will cut delivery times between Asian ports"),
   S("Yelena Garina", "said", "Direct", "The first stage includes the reconstruction of two deep-water berths"),
   S("Yelena Garina", "noted", "Reported", "private investors had already committed more than 40 billion rubles"),
   S("Viktor Lapin", "said", "Reported", "icebreaker escort would be provided free of charge"),
   S("Viktor Lapin", "added", "Direct", "Our icebreakers are ready to provide escort around the clock"),
   S("Sergei Kuznetsov", "said", "Reported", "dredging of the approach channel had been completed two months ahead"),
   S("Russian Foreign Ministry", "said", "Reported", "shipping companies from several Asian countries had shown interest"),
  ],
  notes="published from the date line '5 JAN 2025, 14:20' (Dateline) -> 2025-01-05T14:20. The wire dateline 'MOSCOW, January 5. /TASS/.' opens the first Body paragraph; its statement is attributed at the end ('..., Kremlin spokesman Pavel Dorokhov told reporters on Sunday') -> Reported, cue 'told'. The guillemet paragraph «...» ends 'the Kremlin spokesman said' -> Pavel Dorokhov (role phrase resolved to the person named in the previous paragraph); it is one pair of marks spanning a sentence break = one Direct statement. Other quotes use straight double quotes. 'Dorokhov said the question should be ...' is reported speech without 'that'. 'He added that the president would hold ...' -> He = Pavel Dorokhov. Not keyed: 'TASS has learned that ...' (the agency's own unattributed information, 'learned' is not a reporting verb and no source is named). 'According to Deputy Transport Minister Yelena Garina' -> Yelena Garina, cue 'According to' (capitalised as printed); 'She noted' = Yelena Garina; 'Garina said in an interview with TASS' -> cue 'said'. 'Gen. Viktor Lapin, head of ...' -> Viktor Lapin. Sergei Kuznetsov's sentence 'said that X and that Y' is keyed once. 'The Russian Foreign Ministry said in a statement' -> organisation speaker 'Russian Foreign Ministry'. The last paragraph (project background) has no speaker."),

 dict(fileName="dev09-eu-battery-rules-germany.txt",
  title="German suppliers and Japanese rivals clash over new EU battery rules",
  published="2025-01-09",
  roles=[T, B, D, D, C, X, B, B, B, B, B, H, B, B, B, B, B, B, P, P],
  statements=[
   S("Markus Brandt", "said", "Direct", "We are not against climate protection. We are against rules"),
   S("Markus Brandt", "said", "Reported", "the recycling quotas would force small firms in Baden-Württemberg and Saxony"),
   S("Sabine Keller", "told", "Reported", "Berlin would ask Brussels for a two-year transition period"),
   S("Sabine Keller", "said", "Direct", "Nobody in this government wants to slow down the transition"),
   S("Hiroshi Tanabe", "told", "Direct", "Japanese suppliers are ready to meet every one of these standards today"),
   S("Hanna Vogt", "states", "Direct", "Without a dedicated transition fund, up to 40,000 supplier jobs"),
   S("Hanna Vogt", "told", "Reported", "the figure was a conservative estimate and did not include knock-on effects"),
   S("Jonas Richter", "said", "Reported", "the film had never been meant as a political statement"),
   S("Lea Hoffmann", "said", "Reported", "the industry was crying wolf over rules it had helped to draft"),
   S("Lea Hoffmann", "said", "Direct", "We heard exactly the same warnings about catalytic converters"),
   S("European Commission", "said", "Reported", "the rules had been agreed by all member states"),
  ],
  notes="published from 'Date 09.01.2025' (DD.MM.YYYY, European order) -> 2025-01-09; 'Date ...' and 'Author Katrin Wolff' are Datelines. The standfirst (second block) is Body. The photo line ending 'Image: M. Krüger/dpa' is a Caption; it is printed twice in a row, the second copy is Duplicate. German low-high quotes „...“ are used for Brandt, Keller, the report and Hoffmann; the Japanese official's words are in corner brackets 「...」 with the reporting clause after them ('..., Hiroshi Tanabe, a senior official at ..., told the business daily Tokai Keizai') -> Direct, cue 'told'. 'The report, written by Hanna Vogt, ..., states: „...“' -> speaker Hanna Vogt (the author of the quoted document), cue 'states'. Not keyed: the scare quote 'green deal' ('the so-called 'green deal' package') and the film title „Night Train“ (a title in low-high quotes, not speech). 'Japan sees an opening' is a Heading. 'Economy Minister Sabine Keller' -> Sabine Keller; 'Green Party lawmaker Lea Hoffmann' -> Lea Hoffmann; 'she said' after her = Lea Hoffmann. 'the '80s' inside Hoffmann's quote is an apostrophe, not a quote mark. 'Edited by: Rina Goldberg' and 'Send us your feedback' are Boilerplate. Not keyed: the standfirst's 'Germany's car suppliers say the EU's new battery rules will cost ...' (a collective, no named person or organisation; the named association speaks later in the article) and 'Japanese competitors see an opportunity' (not speech)."),

 dict(fileName="dev10-storm-live-blog.txt",
  title="Nor'easter live: 60,000 without power as storm batters coast",
  published=None,
  roles=[P, P, P, T, D, B, H, B, B, B, D, H, B, B, D, H, B, B, P, D, H, B, B, D, H, B, B, B, B, P, P, P, P, R, R, R],
  statements=[
   S("Coastline Power", "said", "Reported", "about 60,000 customers remained without electricity"),
   S("Coastline Power", "said", "Direct", "Some of our customers in the hardest-hit areas should prepare"),
   S("Karen Doyle", "told", "Reported", "officers had responded to more than 200 calls overnight"),
   S("Karen Doyle", "said", "Direct", "If you don't need to be out, please don't be out"),
   S("Karen Doyle", "added", "Reported", "two people had been treated for minor injuries"),
   S("Ruth Calder", "said", "Reported", "she had asked federal officials to approve emergency funding for the region"),
   S("Ruth Calder", "said", "Direct", "as quickly as humanly possible, because these families cannot wait"),
   S("Mike Dunne", "told", "Reported", "the damage to the harbor was the worst he had seen"),
   S("Sam Ortiz", "said", "Direct", "We lost the whole dock. Forty years of work"),
   S("National Weather Service", "said", "Reported", "winds would ease by Thursday afternoon"),
   S("National Weather Service", "warned", "Reported", "a second, weaker storm could arrive early next week"),
   S("Neil Atkins", "called", "Direct", "one of the most intense of the past decade"),
  ],
  notes="The page prints only relative times ('Updated 3 hours ago', '3 hours ago', '4 hours ago', '5 hours ago', 'Yesterday') and no absolute date anywhere, so published is null; the relative-time lines are Datelines (each opens a live-blog entry). Cookie banner text, 'Accept all', 'Manage preferences', 'Advertisement', 'Search Trends' and its three trend lines are Boilerplate. 'Key points' and each entry headline ('Power company: ...', 'Police chief: stay off the roads', 'Senator asks for federal help', 'Fishermen count the cost') are Headings; the entry headlines paraphrase speakers but are not keyed (headings, no quote marks or verbs). The three key-point bullets are Body. 'Most read' and the two teasers are Related. 'Nor'easter' in the title and 'don't' in Doyle's quote contain apostrophes, not quote marks. 'the company said' = Coastline Power. 'Bayport Police Chief Karen Doyle told a briefing that ...' -> Karen Doyle; 'she said' / 'She added' = Karen Doyle; her quote is one pair of marks over a sentence break = one statement. 'Sen. Ruth Calder said ... that she had asked ... \"as quickly as ...\"' -> Reported + Direct partial, both cue 'said'. 'Rep. Mike Dunne told a local radio station the damage ...' -> Reported without 'that', cue 'told'. 'Mr. Ortiz said' -> Sam Ortiz (first given in full in the previous paragraph). The National Weather Service sentence has two reporting verbs ('said', 'warned') = two statements. 'Dr. Neil Atkins, a meteorologist at ..., called the storm \"one of the most intense of the past decade\"' -> one Direct partial quote, cue 'called' (a verb of characterising rather than saying; judgement call to key it)."),
]

out = {"documents": []}
for d in DOCS:
    text = open(os.path.join(DEV, d["fileName"]), encoding="utf-8").read()
    blocks = text[:-1].split("\n\n")
    assert len(blocks) == len(d["roles"]), (d["fileName"], len(blocks), len(d["roles"]))
    out["documents"].append({
        "fileName": d["fileName"],
        "title": d["title"],
        "published": d["published"],
        "blocks": [{"start": b[:40], "role": r} for b, r in zip(blocks, d["roles"])],
        "statements": d["statements"],
        "notes": d["notes"],
    })

with open(os.path.join(HERE, "..", "devset-key.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", len(out["documents"]), "documents")
