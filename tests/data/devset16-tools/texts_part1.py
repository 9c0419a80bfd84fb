# Hand-written article texts for devset16, part 1 (spk01-spk06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Each sample is one
# story of a speech, meeting or press conference reported at length ("speeches"): a
# reporter alternating direct quotes with long chains of reported speech.
T = {}

T["spk01-governor-convention-address.txt"] = '''
Ashbridge asks convention to back school plan

Gov. Cephas T. Ashbridge told 1,400 delegates to the state Democratic convention at Leverton last night that the party "must stop apologizing for the schools and start paying for them".

In an address of fifty minutes that was interrupted 22 times by applause, the governor asked the convention to write into its platform his plan for a $90 million school building program, which the Legislature turned down in March.

He was introduced by the state chairman, Norvel P. Trelawney, who called him "the best governor this state has had since the war, and the hardest to keep up with".

The title of the address was "A Time to Build", and the governor came back to the words a dozen times.

"We have been told for six years that the state cannot afford new schools", he declared. "I say the state cannot afford to go without them. A child who sits in a basement classroom this year will not get this year back".

He said 61,000 children in the state are attending school on half-day sessions, and that the number would pass 80,000 by 1964 if nothing were done. He said the Republican members of the Legislature had voted against the program "to a man, and then gone home to cut ribbons at schools we built".

The Republicans, he continued, had promised a study of school needs in 1957 and another in 1959, and neither study had been printed.

He observed that the last Republican governor had appointed two school commissions of his own "and read the report of neither one of them".

"A study commission is what you give a problem when you want it to go away", the governor told the delegates.

The Muncaster County delegation has proposed that the platform promise only a third study. Its chairman, Delmer F. Stannard, contended in the afternoon that the building program would mean a sales tax. "Nobody in this hall has said the words sales tax tonight, but everybody is thinking them", he said.

Ashbridge did not name Stannard, but he answered him. "The Republicans in the Legislature have discovered the schools", the governor said, "in an election year, and I welcome them to the discovery".

He insisted that the program could be paid for by bonds retired out of the highway surplus, and that no new tax would be asked for it "this year, next year or the year after".

Ashbridge pointed out that the state's bonded debt per person was the fourth lowest in the nation. The state, he said, could borrow the whole $90 million and still owe less than any of its neighbors.

"Do not give them a study commission", he urged. "They have had two, and they have not read either one".

The governor warned the delegates that the party could not win in November on the record of 1958 alone. "People do not vote for what you did two years ago", he said. "They vote for what you mean to do next".

In his speech, Ashbridge also said he would call the Legislature into special session in January if the platform carried the school plan. He closed with a promise.

"I will go into every county in this state between now and November", he said, "and I will say the same thing in every one of them.

"I will say that we built the roads when they told us we could not, and the hospitals when they told us we could not. And I will say that we will build the schools".

The platform committee will report this morning. Its chairman, Oran J. Cuthbertson, said after the address that he expected the school plan to be adopted "by a voice vote, and a loud one".
'''

T["spk02-harrowby-commencement.txt"] = '''
Graduates told to go home and stay

The president of a New York foundation told the 288 graduates of Harrowby College yesterday that the best of them "should go back to the towns they came from, and stay there".

The speaker, Dr. Bayard M. Crowthorne, president of the Thimbleby Foundation, received an honorary degree of doctor of laws before he gave the commencement address in the college chapel.

He was introduced by the president of the college, Dr. Radford L. Fairholme, who called him "a man who has given away more money than most of us will ever see, and most of it wisely".

Crowthorne called his address "The Road Back to Main Street". He said that in the last ten years more than half the graduates of the small colleges of the Middle West had gone to live in cities of more than 500,000, and that the towns they left were "being run by the people who did not go to college".

"I do not say that unkindly", he added. "Some of the best mayors I know never finished high school. But a town needs its doctors and its teachers and its lawyers, and it is not getting them".

He said his foundation had made grants in 41 small towns since 1952, and that in most of them the money had been harder to spend than to raise. The towns had the money, he said, but not the people to spend it.

He predicted that half the small colleges of the Middle West would close within 20 years "unless their own graduates go home and send their children back to them".

Crowthorne then read from a letter that the founder of the college, the Rev. Jediah Tyldesley, wrote to the trustees in 1871. "This college is for the sons and daughters of farmers", the founder wrote. "I pray that they will go home again, and take the college with them".

"He was right when he wrote it in 1871", Crowthorne said, "and he is right today, in this chapel".

He conceded that the cities paid their young people better than the towns did. "A young engineer will earn $2,000 a year more in Chicago than in a town of 4,000", he said. "He will also spend $2,000 more, and he will not know his neighbors".

The speaker emphasized that he was not asking the graduates to give up ambition. He asserted that the most ambitious thing a young man or woman could do in 1961 was "to take over a dying town and make it live".

"It has been done, and more than once", he said. "I have seen it done, in Kansas and in Vermont and in this state. It takes about ten years, and about five people who will not quit".

Crowthorne said his foundation would give $5,000 a year for five years to any Harrowby graduate who took up practice as a doctor in a town of fewer than 5,000. "We will not ask him to stay forever", he said. "Five years is long enough to find out whether he likes it, and most of them do".

The valedictorian, Miss Lorna Etheridge of Coldmarsh, a mathematics major, told her classmates that she would teach next fall in the high school from which she was graduated in 1957.

"Dr. Crowthorne did not have to persuade me", she said. "I signed the contract in April".

Fairholme said after the ceremony that the address was "the best we have had in my time here, and the shortest", and that the college would print it for its alumni.

Crowthorne, asked by a reporter whether he had gone home himself, laughed. He said he had left Axbury, Neb., at 18 and had not lived there since.

"That is why I know what I am talking about", he said. "I am the man who did not go back".

Degrees were awarded to 288 seniors, and honorary degrees to Crowthorne and to two alumni of the college.
'''

T["spk03-lenten-sermon.txt"] = '''
Pastor warns against a religion of comfort

The Rev. Dr. Selwyn G. Moberly, pastor of the First Congregational Church of Wyvenhall, warned his congregation yesterday against what he called "a Sunday religion that asks nothing of Monday".

His sermon, the first of six he will preach in Lent, was titled "The Empty Pew and the Full Garage". He told a congregation of about 600 that the churches of the country had never been so full nor, he feared, so comfortable.

"We have built the finest church buildings in the history of the world in the last fifteen years", he said. "I am not sure we have built one Christian in them that we would not have had anyway".

The pastor said church membership in the United States had risen to more than 112 million, or 63 per cent of the people, but that the churches could not show that the country was the better for it.

He noted that the juvenile courts of the county had handled more cases in 1960 than in any year before, and that most of the children brought before them came from homes "with a church on the letterhead".

"We have made the church a club", he continued. "We pay our dues, and we expect the service to be good and the sermon to be short. I will try to oblige you on the second point, at least".

Dr. Moberly then read from a letter written in 1903 by a missionary of the church, the Rev. Amaziah Dowdeswell, who died in China in 1911. "We have no building, no organ and no money", Dowdeswell wrote from Shantung. "We have only the people, and we find that they are enough".

"That is what we have forgotten", the pastor said. "We have the building and the organ and the money. I am asking whether we still have the people".

He observed that the word comfort had once meant strength and not ease. The comforter in the old sense, he told the congregation, was one who made you strong enough to bear a thing, not one who told you it did not matter.

"The church was never meant to be a soft chair", he told the congregation. "It was meant to be a hard road, and a road that goes somewhere.

"If you leave this building this morning as comfortable as you came into it, I have failed you, and you have failed me".

He recalled a farmer who had been a deacon of his first church in Dunstanbury. "He said to me once, you preach a fine sermon, young man, but I can't plow with it", Dr. Moberly said. "I have been trying for thirty years to preach a sermon he could plow with".

The pastor asked the members to give one evening a week, through Easter, to the church's work at the county home and at the Wyvenhall settlement house.

"I do not ask for money", he said. "We have money. I ask for your Tuesday evenings".

He said that 83 members had signed up for the work after a similar appeal last year, and that most of them were still at it.

"Some of you told me last year that you had no time", the pastor said. "Then I saw you at the ball game on a Tuesday evening. I was there too, and I enjoyed it, but I did not tell anybody I had no time".

After the service, the chairman of the church's board of deacons, Hamlin M. Ingleby, said the board had voted to keep the church open every weeknight during Lent "for anyone who wants to sit in it, and for anyone who wants to help".

The congregation closed the service with "The Furrow Hymn", which Dr. Moberly said he had chosen for the deacon in Dunstanbury.

The sermon next Sunday will be "The Lamp Under the Bushel". Dr. Moberly said it would be about the same thing. "Most of my sermons are, when you come down to it", he said.
'''

T["spk04-visiting-astronomer-lecture.txt"] = '''
Astronomer says man will reach moon in decade

A visiting astronomer predicted last night that an American would stand on the moon "before the children in this room are out of college", and that he would find it "a dull place to have gone to so much trouble for".

The speaker, Dr. Kendrick C. Mountjoy, director of the Saltley Observatory of Corvington University, gave the annual Foulkes lecture of the Brenchley Academy of Science before about 900 persons at the Municipal Auditorium.

He was introduced by the academy's president, Dr. Rolf Esterhuyse, a chemist, who called him "the only astronomer I know who can explain the universe to a chemist".

The title of the lecture was "The Next Ten Miles and the Next Ten Million". Dr. Mountjoy said the first ten miles, above the earth, had been the hardest, and that the rest "is mostly a matter of money and patience".

"The rocket is not the problem", he said. "We have the rocket, or we will have it in three or four years. The problem is to bring the man back, and to bring him back in a condition to tell us what he saw".

He pointed out that a man in a capsule on the way to the moon would be farther from help than any explorer in history. The speaker said he did not think the first men who went would be scientists.

"They will be test pilots, the best we have", he said. "Scientists will go later, when it is safe enough to send people who are no good at anything else".

Dr. Mountjoy noted that most of what was known of the moon had been learned with telescopes no bigger than the one on the roof of the academy's building. He showed slides of the moon's surface made at the Saltley Observatory last winter.

The astronomer emphasized that the cost of the work would be great. He estimated that a landing on the moon would cost the country between $20 billion and $40 billion, "which is a great deal of money, but not a great deal more than we spent on the last war in one year".

He quoted from a paper by a colleague at the observatory, Dr. Jerrold Hazlerigg, who wrote in 1959 that the dust on the moon might lie "as deep as a man is tall, or as deep as a church steeple, and nobody can say which". The speaker said he himself thought it was the former.

"If Dr. Hazlerigg is right and I am wrong, the first man on the moon will sink out of sight", he told the audience, "and I will write him a letter of apology".

One questioner asked whether the money would not be better spent on earth. Dr. Mountjoy replied that the country spent more each year on chewing gum than it was spending on space.

"I am not against chewing gum", he added. "I only ask that we keep it in proportion".

Asked whether he expected to find life on Mars, he said he expected to find "something green on Mars, and I would not be surprised if it were alive".

He conceded that he had been wrong about rockets before. In 1946, he said, he had told a meeting of astronomers that no rocket would leave the atmosphere in his lifetime. "It took eleven years to prove me wrong", he said. "I try not to make predictions any more, except tonight".

A high school student asked him how a boy could become an astronomer. The speaker told him to learn mathematics first and look at the sky second. "Most of astronomy is arithmetic, and dull arithmetic", he said. "The sky is the reward for doing it".

Esterhuyse said afterward that the academy had had the largest audience for a lecture in its 74 years, and that it would invite Dr. Mountjoy back "when he has been to the moon himself".
'''

T["spk05-mayor-press-conference.txt"] = '''
Mayor says city will not raise water rates

Mayor Lamont R. Challoner said yesterday that the city would not raise water rates this year, "and probably not next year either, if the Council will let me alone".

The mayor held his weekly press conference in his office at City Hall. He answered questions for 40 minutes, most of them about the water department, whose director, Lindley V. Ruddock, sat beside him.

Challoner said the department had ended 1960 with a surplus of $212,000, the first in eleven years, and that the surplus would be used to replace mains on the east side.

"I said when I ran that this department could pay its way", he said. "It is paying its way. I do not intend to make the people pay twice".

One reporter asked him about a resolution, introduced in the Council last week by Councilman Thane F. Stroudley, to raise the rates by 15 per cent. The mayor replied that Stroudley "has been trying to raise the water rates since the day he was elected, and he has not told anybody why".

Did he mean to veto the resolution if it passed? "I mean to veto it before it passes, if I can find a way", the mayor said.

Ruddock said the mains on Ravenhill were laid in 1889 and had broken 31 times last year. He said the work there would begin in May.

"We have had more complaints from Ravenhill in the last year than from the rest of the city put together", the director added. "They are entitled to every one of them".

"Some of that pipe is wood", he said. "I did not believe it myself until we dug it up".

Asked whether the city would have to borrow for the work, Challoner replied that it would not have to borrow a cent. He said the surplus and the regular budget of the department would pay for it "with a little left over for a rainy day".

The mayor conceded that the surplus owed something to the dry summer of 1960, when the city sold more water than usual. "We were lucky, and I know it", he said. "I will not pretend we were not. But we were also careful".

He read to reporters from a letter he had received on Monday from the state health commissioner, Dr. Osmund L. Falconbridge. The commissioner wrote that the city's water "meets every standard this department has set, and some that it has not".

The mayor said he had written to the commissioner in January to ask for a test of the city's water, because of a complaint from a woman on Stedman Street that her tea tasted of iron.

"I will have that letter framed and hung", Challoner said.

A reporter asked about the parking garage on Stedman Street. The mayor said he had nothing to add to what he said last week. He said, however, that he expected to have bids on the garage by the middle of April.

Asked whether he would run again in the fall, he smiled. "Ask me in June, not in March", he said. "I have a water department to run".

Stroudley said later in the day that the mayor's surplus was "a bookkeeping trick, and not a very clever one". He said the department had put off $300,000 of repairs to make the books look good. "The bill for those repairs will come due", he said, "and the mayor will not be the one to pay it".

Ruddock, reached at his office, insisted that no repair of any kind had been put off. "Every job on the list has been done or is scheduled", he said.

He said the department's books were audited every year by a private firm, and that the firm had found nothing wrong in 1960. "If Councilman Stroudley has found something the auditors missed, I hope he will show it to me", Ruddock said.
'''

T["spk06-television-forum.txt"] = '''
Four women debate television and the child

Four women who have spent their lives with children disagreed sharply last night on what television is doing to them, at a forum of the Wickersley Women's Club in the Grange hall.

The forum, titled "The Box in the Living Room", was the third in the club's winter series. Mrs. Truett T. Culpepper, the club's program chairman, was moderator.

Dr. Marian Sutcliffe, a pediatrician, said she saw children every week who were "tired in a way that children should never be tired". She said most of them watched television until ten or eleven at night.

"Their parents tell me they go to bed at eight", she said. "They do go to bed at eight. The set is in the bedroom".

Miss Celestine Doughty, principal of the Blaxland School, disagreed. She said the children in her school knew more about the world than any children she had taught in 30 years, and that television was the reason.

"A child of nine in my school can tell you where Laos is", Miss Doughty said. "I could not have told you at twenty".

Mrs. Corinna Blackledge, president of the Wickersley P.T.A. and the mother of four, said she had taken the set out of her own house a year ago. She conceded that it had been "the hardest thing I have done since I had the twins".

"The children sulked for a week and then they found the library", she said. "I recommend it, but I do not recommend the week".

Dr. Sutcliffe said she would not go so far. "I do not want the set thrown out", she said. "I want it turned off at seven".

She said that a child of six needed eleven hours of sleep, and a child of ten about ten hours. "Most of the children I see are getting eight", she said, "and their mothers are getting less".

The fourth member of the panel, Miss Augusta Penhaligon, the children's librarian at the Wickersley Public Library, said circulation of children's books at the library had risen by a fifth since 1955.

"Television did not take them away from books", she insisted. "It sent them to us. Every time there is a program about pirates, I lose every pirate book I own".

Miss Doughty agreed with her. She pointed out that the same argument had been made against the radio in the thirties and against the movies before that, "and we all grew up, somehow".

"I was told in 1933 that the radio would ruin my generation", she said. "I am still waiting to be ruined".

Mrs. Blackledge replied that the radio had never been in the bedroom.

"Nobody ever took a radio to bed with him and stayed up until midnight watching it", she said. "The television set is not a radio. It is a guest who never goes home".

A woman in the audience asked the panel whether the programs were getting worse. Dr. Sutcliffe said she did not watch them enough to know. Miss Penhaligon said they were getting louder every year.

Asked whether the club should write to the stations, Mrs. Blackledge said it should, "and to the sponsors, who are the ones who read their mail".

Mrs. Culpepper closed the forum by asking for a show of hands. About two-thirds of the 140 women present said they thought their children watched too much television. She said she thought the other third had not been home lately.

The club will hear Dr. Sutcliffe again on April 12, on "The Child Who Will Not Eat".
'''
