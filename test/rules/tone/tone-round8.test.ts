// Tone v2, round 8: readings that reach whole families of wordings instead of the phrasing of
// earlier rounds, checked on sentences written for these tests (rude ones each reading must
// find, and at least as many near-misses of the same shape that must stay silent). A sentence
// counts as flagged when any tone rule reports in it, as in scripts/eval-tone.ts.
import { check } from "./tone-sentences.js";

// An aside between commas, or a second predicate after "and", between the verb and the judgement.
check(
  "judgement after an aside or a second predicate",
  {
    de: [
      "Ihre Forderung ist, gelinde gesagt, lächerlich.",
      "Ihr Einwand ist, ehrlich gesagt, kindisch.",
      "Ihre Begründung ist an den Haaren herbeigezogen und albern.",
      "Ihre Kalkulation ist ein einziges Chaos und schlicht peinlich.",
      "Ihre Antwort kam spät und ist obendrein dreist.",
    ],
    en: [
      "Your suggestion is, with all due respect, absurd.",
      "Your complaint is, without a doubt, the pettiest we have had.",
      "The report you delivered is full of gaps and, quite frankly, pathetic.",
      "Your reasoning makes no sense whatsoever and is frankly ridiculous.",
      "Your plan is late and, to be blunt, childish.",
    ],
  },
  {
    de: [
      "Ihre Beschwerde ist, ohne Zweifel, berechtigt.",
      "Ihre Forderung ist, gelinde gesagt, ungewöhnlich.",
      "Ihre Rechnung ist korrekt und, ehrlich gesagt, sehr übersichtlich.",
      "Ihre Frage ist berechtigt und keineswegs albern.",
      "Ihr Paket ist unterwegs und die alberne Verzögerung tut uns leid.",
      "Unser erster Entwurf war schlampig und unvollständig, das tut uns leid.",
    ],
    en: [
      "Your complaint is, without a doubt, justified.",
      "Your question is, as always, a good one.",
      "Your invoice is correct and, frankly, very clear.",
      "Your order is on its way and the silly delay was our fault.",
      "Your request is unusual but not absurd.",
      "Nobody here makes mistakes on purpose and is lazy about them.",
      "Our first draft was sloppy and incomplete, and we apologise.",
    ],
  },
);

// The writers rating the reader's work, or the reader, as the object of a verb of rating.
check(
  "judgement as the object of find / halten für",
  {
    de: [
      "Ich finde Ihre Anfrage ziemlich dreist.",
      "Ihre Argumentation finde ich schlicht lächerlich.",
      "Ich halte Ihre Beschwerde für kindisch.",
      "Wir halten Ihren Vorschlag für absurd.",
      "Ehrlich gesagt finde ich Sie unverschämt.",
    ],
    en: [
      "I find your request absurd.",
      "We consider your complaint frivolous and, to be blunt, childish.",
      "I honestly find your whole attitude rude.",
      "I find you incredibly rude.",
      "We deem this proposal laughable.",
    ],
  },
  {
    de: [
      "Ich finde Ihre Anfrage berechtigt und gebe sie weiter.",
      "Ich finde Ihre Anfrage überhaupt nicht lächerlich.",
      "Ich halte Ihre Beschwerde für berechtigt.",
      "Wir halten Ihre Bedenken keineswegs für kindisch.",
      "Finden Sie unsere neue App verwirrend?",
      "Vielleicht finden Sie unser Formular albern, aber es ist Pflicht.",
      "Ich finde meine eigene Frage im Nachhinein albern.",
    ],
    en: [
      "I find your request reasonable and will pass it on.",
      "I don't find your request absurd at all.",
      "Some people might find the new layout confusing at first.",
      "We consider your complaint justified and will refund you.",
      "Do you find our new app confusing?",
      "If you find the form silly, just call us instead.",
      "I found the silly mistake in my own spreadsheet.",
    ],
  },
);

// "look", "sound", "sehen ... aus", and a participle closing the clause.
check(
  "judgement after look / sehen aus / a participle",
  {
    de: ["Ihre Entwürfe sehen dilettantisch aus.", "Ihre Webseite ist grottenschlecht gemacht.", "Dein Logo sieht ziemlich stümperhaft aus."],
    en: ["Your designs look amateurish and cheap.", "Your excuses sound pathetic.", "Your photos look sloppy."],
  },
  {
    de: [
      "Ihre Entwürfe sehen großartig aus.",
      "Das Paket sieht auf dem Foto beschädigt aus, wir ersetzen es.",
      "Die Preise sind unverschämt günstig geworden.",
      "Wir sehen Ihre Anfrage als dringend an.",
    ],
    en: [
      "Your designs look great and the client loved them.",
      "Your parcel looks damaged in the photo, so we will replace it.",
      "You didn't sound rude at all.",
      "Your plan doesn't look silly to me.",
    ],
  },
);

// Mock praise: failures of things gone wrong (flooded, crooked, fell off, arrived empty, charged
// twice, nothing works, "wieder nicht"), praise of the reader's work by whose it is, "it's amazing
// how you ...", and kindness said of a double charge; denied failures and freed duties are good news.
check(
  "sarcasm: more failures, owners of the praised work, impersonal openers",
  {
    de: [
      "Ganz toll gemacht, die Regale hängen schief.",
      "Prima, der Elektriker ist wieder nicht erschienen.",
      "Herrlich, die Dachrinne ist undicht und tropft auf die Terrasse.",
      "Eine Glanzleistung Ihrer Spedition: der Karton kam leer an.",
      "Wirklich ein Vergnügen mit Ihnen, wie immer funktioniert nichts.",
      "Wie großzügig von Ihnen, mir die Montage doppelt zu berechnen.",
      "Es ist beeindruckend, wie Sie jede Lieferung falsch zusammenstellen.",
    ],
    en: [
      "Brilliant work, the bathroom is now flooded.",
      "Lovely, so the mirror fell off the wall within a week.",
      "Thanks a million for wiping my whole account.",
      "Another triumph from your dispatch team: the crate arrived empty.",
      "Such a pleasure dealing with you, as usual nothing works.",
      "How generous of you to bill me twice for one visit.",
      "It's amazing how you manage to get every delivery wrong.",
      "Great, and now the noise is even worse than before.",
    ],
  },
  {
    de: [
      "Wirklich ein Vergnügen mit Ihnen, wie immer!",
      "Es ist beeindruckend, wie Sie das Projekt gestemmt haben.",
      "Eine Meisterleistung Ihrer Buchhaltung: alles ist korrekt verbucht.",
      "Super, es ist nichts kaputt und das Paket ist heil.",
      "Prima, die Halle ist leer, wir können streichen.",
      "Toll, der Keller ist nicht mehr undicht.",
      "Sehr nett von Ihnen, zweimal nachzufragen.",
      "Entschuldigung, wir haben Ihnen den Betrag doppelt berechnet.",
      "Super, Sie müssen nie wieder anrufen.",
      "Prima, bei uns klappt alles und nichts geht verloren.",
      "Prima, der Monteur ist nicht mehr krank und kommt wieder.",
    ],
    en: [
      "Such a pleasure working with you, as always!",
      "It's amazing how you managed to finish the project early.",
      "Another masterpiece from your studio: the clients loved it.",
      "Very kind of you to call twice to check on us.",
      "Great news, nothing is broken and the parcel is fine.",
      "Great, the tank is empty now so we can clean it.",
      "Brilliant, the kitchen floor isn't flooded after all.",
      "Perfect, you never need to call us again.",
      "Good news: you never have to reply to these reminders.",
      "Sorry we charged you twice; the refund is on its way.",
      "Please pay attention to the new address this time of year.",
    ],
  },
);

// Condescension: "can't put it any plainer", "before you complain", attention "this time",
// "any child could".
check(
  "condescension: plainer, before complaining, this time, any child could",
  {
    de: [
      "Ich weiß wirklich nicht, wie ich es noch deutlicher formulieren soll.",
      "Klarer kann ich es Ihnen nicht schreiben.",
      "Drücken Sie erst auf Start, bevor Sie sich beschweren.",
      "Lies die Anleitung, bevor du hier rummeckerst.",
      "Hören Sie diesmal genau zu: Die Abholung ist am Montag.",
      "Das hätte jedes Kind zusammengebaut, so einfach ist es.",
    ],
    en: [
      "I honestly can't put it any plainer than this.",
      "Not sure how much simpler I can explain it.",
      "Perhaps read the label before you complain.",
      "Check the settings before you start whining to support.",
      "And listen this time: the engineer comes at nine.",
      "Any kid could figure this out in a minute.",
    ],
  },
  {
    de: [
      "Ich weiß nicht, wie ich Ihnen danken soll.",
      "Einfacher können wir den Ablauf leider nicht machen.",
      "Gern erkläre ich es Ihnen am Telefon noch einfacher.",
      "Wie können wir den Ablauf noch einfacher gestalten?",
      "Bevor Sie reklamieren, halten Sie bitte die Rechnungsnummer bereit.",
      "Bevor Sie sich beschwert haben, war das Paket schon unterwegs.",
      "Passen Sie auf dem Parkplatz auf, diesmal ist dort eine Baustelle.",
      "Jedes Kind kann an dem Kurs teilnehmen, das ist kostenlos.",
      "Jedes Kind unter fünf Jahren fährt kostenlos.",
    ],
    en: [
      "Let me know if I can make the instructions any clearer.",
      "I can't make the process any simpler, the bank requires all four steps.",
      "Before you complained, we had already shipped the replacement.",
      "Please check the fuse before you send the unit back.",
      "Please pay attention to the new address this time of year.",
      "Any child under five travels free.",
      "Any child can join the workshop this Saturday.",
      "If any child could use a larger size, let us know.",
    ],
  },
);

// The reader likened to a child by how they behave, and names that insult only when aimed.
check(
  "insult: behaving like a child, aimed fool / coward / cowboy",
  {
    de: ["Benehmen Sie sich nicht wie ein Kleinkind.", "Ihr führt euch auf wie kleine Kinder.", "Du verhältst dich wie ein bockiges Kind."],
    en: ["You're behaving like a toddler.", "Stop acting like a spoilt child and pay the invoice.", "Your manager is a spineless coward.", "You lot are a bunch of cowboys.", "You fool, the parcel was on your doorstep."],
  },
  {
    de: ["Die Kinder haben sich wie kleine Engel benommen.", "Unsere App verhält sich wie eine native Anwendung.", "Wir verhalten uns wie ein Familienbetrieb.", "Das Gerät verhält sich wie ein neues."],
    en: [
      "The kids behaved like angels during the visit.",
      "Your son is behaving like a true professional at the workshop.",
      "You weren't acting like a child at all, you were right to complain.",
      "Please act like a customer would: click checkout and pay.",
      "We had an April fool prank in the office.",
      "I was a fool to forget the attachment, sorry.",
      "The cowboy boots you ordered are back in stock.",
      "Don't be fooled by cheap copies.",
    ],
  },
);

// Judgements: a phrase of the subject holding "our" ("your demand for a rebuild at our cost"),
// any adjective before an English judgement noun, a noun before the work noun after a
// superlative, "it" taking up the reader's work, and new judgement words.
check(
  "judgement: subject phrases, adjectives before nouns, it for the reader's work",
  {
    de: ["Ihr Anliegen liest sich wie das Gequengel eines Kleinkinds.", "Das ist die fadenscheinigste Begründung, die mir je untergekommen ist.", "Ihr Verhalten gegenüber unserer Kollegin war schamlos."],
    en: [
      "Your claim for a refund at our expense is laughable.",
      "Your write-up of our workshop is petty, spiteful drivel.",
      "Your essay is confused nonsense.",
      "That is the most absurd warranty claim we have ever handled.",
      "That is a shameless request.",
      "I went through your proposal again, and it's still lazy rubbish.",
      "I checked your figures, but it's frankly amateurish.",
    ],
  },
  {
    de: ["Ihr Anliegen liest sich sehr klar und nachvollziehbar.", "Unsere Begründung war fadenscheinig, das geben wir zu.", "Ihr Verhalten gegenüber unserer Kollegin war vorbildlich."],
    en: [
      "Your request for a call with our manager is noted.",
      "Your feedback on our service is very welcome.",
      "Your review of our café was lovely to read.",
      "I read your message and it's absurd that you had to wait so long.",
      "I checked your order, and it's ridiculous how long the courier took.",
      "We looked at your question and it's a good one.",
      "The most popular refund option is a bank transfer.",
      "Our work on your roof was sloppy, and we apologise.",
      "That was complete nonsense on our part, sorry.",
    ],
  },
);

// The writers calling themselves names through a reflexive or "was bin ich für ein", and a denial
// of the making ("doesn't make you look stupid").
check(
  "insult words said of the writers or denied",
  {
    de: ["Was sind Sie für ein Idiot.", "Sie haben sich dämlich angestellt."],
    en: ["Only an absolute muppet would pay twice for the same ticket.", "Any fool could see the pipe was leaking."],
  },
  {
    de: ["Da haben wir uns ziemlich dämlich angestellt, Entschuldigung.", "Was bin ich für ein Trottel, die Rechnung lag im Spam.", "Da habe ich mich echt dämlich angestellt."],
    en: ["Asking again doesn't make you look stupid at all.", "I made myself look stupid on that call, sorry.", "Any fool-proof lock will do.", "Only a trainee could be booked for Friday, sorry."],
  },
);

// Condescension: not the faintest idea, "eigentlich" about reading the writers' messages, the
// elliptic "Wie oft denn noch:", "a five-year-old could tell you", "too much to ask", embarrassing
// oneself before one complains; sarcasm: stopped working, "nicht stimmt", "gold star".
check(
  "condescension and sarcasm, round 5 shapes",
  {
    de: [
      "Nur ein Trottel würde das Kabel so verlegen.",
      "Das könnte Ihnen ein Grundschüler erklären.",
      "Wie oft denn noch: Der Zähler wird im Keller abgelesen.",
      "Lesen Sie unsere Nachrichten eigentlich, oder nur den Betreff?",
      "Offenbar haben Sie von Statik nicht den leisesten Schimmer.",
      "Prüfen Sie erst die Sicherung, bevor Sie sich vor dem Nachbarn blamieren.",
      "Spitze, jetzt geht nicht einmal mehr das Licht im Flur.",
      "Sie sind ja ein echter Blitzmerker, wenn Sie erst jetzt merken, dass die Maße nicht stimmen.",
      "Ist es zu viel verlangt, die Anleitung einmal zu lesen?",
    ],
    en: [
      "A five-year-old could tell you the lid goes on top.",
      "You clearly haven't the faintest idea how a boiler works.",
      "Wonderful, now the app no longer works at all.",
      "Gold star for you, the boxes went to the wrong depot.",
      "Is reading the invoice too much to ask?",
      "Would it be too much to ask for a reply this month?",
    ],
  },
  {
    de: [
      "Wie oft noch müssen wir die Heizung entlüften?",
      "Wie oft denn noch im Jahr kommt der Schornsteinfeger?",
      "Lesen Sie eigentlich unseren Newsletter?",
      "Lesen Sie die Zeitung eigentlich noch gedruckt?",
      "Spitze, jetzt geht das Licht im Flur wieder.",
      "Super, die Maße stimmen, wir können bestellen.",
      "Wenn es nicht zu viel verlangt ist, schicken Sie uns bitte ein Foto.",
      "Ein Kind könnte Sie auf der Führung kostenlos begleiten.",
    ],
    en: [
      "A trainee could help you set this up on Monday.",
      "A child could join you on the tour for free.",
      "Gold star for you, the tiles look perfect.",
      "Wonderful, you no longer need to work late.",
      "We have no idea yet when the part arrives.",
      "If it's not too much to ask, could you send the photo again?",
      "I hope it isn't too much to ask, but could you call before nine?",
    ],
  },
);

// Capitals that sell are no raised voice: a word of prizes, savings or signing up, or a price,
// and no word of a complaint, denial or question. Capitals of a complaint still shout.
check(
  "shouting: adverts in capitals",
  {
    de: ["ICH WILL MEIN GRATIS GESCHENK JETZT SOFORT HABEN.", "SIE HABEN MIR RABATT VERSPROCHEN UND NICHTS GEGEBEN.", "WO BLEIBT DER GEWINN AUS DEM GEWINNSPIEL?"],
    en: ["YOU PROMISED FREE DELIVERY AND CHARGED ME TWELVE POUNDS.", "WHY IS MY DISCOUNT CODE STILL NOT WORKING?", "I WANT THE FREE SAMPLE YOU SENT EVERYONE ELSE."],
  },
  {
    de: ["NUR NOCH ZWEI TAGE: SPAREN SIE BIS ZU 40 PROZENT AUF ALLE JACKEN.", "JETZT ANMELDEN UND EIN WOCHENENDE IN WIEN GEWINNEN!", "Nur heute: DREI MONATE GRATIS für alle Neukunden."],
    en: ["SIGN UP TODAY AND WIN A WEEKEND IN PARIS!", "There are only TWO DAYS LEFT to save up to 40% on winter coats.", "Please ACTIVATE YOUR FREE ACCOUNT today and tell us where to send the voucher!"],
  },
);

// Judgements: scorn for what is discussed ("this nonsense"), the reader's fault made a noun
// ("your incompetence"), "such" + judgement + noun, "has been", a change over time ("von Woche
// zu Woche"), a preposition after the judgement ("so nachlässig mit"), "and" right after the
// first predicate; condescension: "so hard for you to grasp", "sogar Sie", "what were you thinking".
check(
  "judgement and condescension, fresh wordings",
  {
    de: [
      "Wer hat denn diesen Unsinn genehmigt?",
      "Das ganze Durcheinander geht allein auf Ihre Unfähigkeit zurück.",
      "Ihre Ausreden werden von Woche zu Woche lächerlicher.",
      "Sind Sie immer so nachlässig mit fremdem Geld?",
      "Ich verstehe nicht, warum das für Sie so schwer zu begreifen ist.",
      "Einen Knopf zu drücken, bekommen sogar Sie hin.",
      "Was haben Sie sich eigentlich dabei gedacht?",
    ],
    en: [
      "Stop sending this drivel to my team.",
      "This whole mess is entirely down to your incompetence.",
      "I've rarely seen such sloppy work from a supplier.",
      "The quality of your work has been consistently poor and frankly embarrassing.",
      "Your latest invoice is nothing short of outrageous.",
      "Not sure why this is so hard for you to grasp.",
      "Honestly, what were you thinking when you sent this?",
    ],
  },
  {
    de: [
      "Dieser Unsinn über eine Preiserhöhung ist nur ein Gerücht.",
      "Entschuldigen Sie unsere Unfähigkeit, das pünktlich zu liefern.",
      "Ihre Ehrlichkeit schätzen wir sehr.",
      "Wir holen diesen Schrott am Montag ab.",
      "Sie sind immer so freundlich mit unseren Fahrern.",
      "Ihre Preise werden von Jahr zu Jahr besser.",
      "Ich weiß, dass das für Sie schwer ist, wir helfen gern.",
      "Selbst Sie als Stammkunde zahlen den vollen Versand.",
      "Was haben Sie mit dem Gerät vor?",
    ],
    en: [
      "This nonsense about a price rise is just a rumour, don't worry.",
      "Sorry for our incompetence last week, it won't happen again.",
      "Your honesty is much appreciated.",
      "Please ignore this garbage collection notice, it was sent in error.",
      "Such stupid mistakes are ours to fix, not yours.",
      "Our work has been consistently poor this quarter and we are fixing it.",
      "Your prices are getting better by the day.",
      "It's hard for you to reach us by phone, so use the chat.",
      "What were the results of the test?",
    ],
  },
);

// Sarcasm: things that do not do their job ("doesn't even fit", "passt nicht einmal"), nobody
// answering, "congratulate you on", the reader's own thing praised and then failing.
check(
  "sarcasm: not working, nobody answered, praised then failed",
  {
    de: [
      "Wirklich erstklassiger Service: eine Woche lang hat niemand geantwortet.",
      "Ihre Qualitätskontrolle ist wirklich unübertroffen, der Deckel passt nicht einmal.",
      "Vielen Dank für den hilfreichen Tipp, das Gerät aus- und wieder einzuschalten, zum fünften Mal.",
      "Toll, die Tür schließt jetzt nicht mehr.",
    ],
    en: [
      "Really top-notch service: nobody answered for a week.",
      "Clearly your quality control is second to none, the lid doesn't even fit.",
      "I must congratulate you on losing the same document twice.",
      "Wonderful, the new window won't close.",
    ],
  },
  {
    de: [
      "Wirklich erstklassiger Service: der Techniker kam nach einer Stunde.",
      "Ihre Qualitätskontrolle ist unübertroffen, alle Deckel passen perfekt.",
      "Super, das Gerät braucht nicht einmal Batterien.",
      "Prima, niemand muss am Samstag kommen.",
      "Sie sind großartig, die Kinder waren begeistert.",
    ],
    en: [
      "Really top-notch service: the engineer came within the hour.",
      "Your service is second to none, thank you so much.",
      "Your support was excellent, although the part was damaged in transit.",
      "Great, it doesn't even need batteries.",
      "Brilliant, it's not broken, it just didn't charge fully.",
      "I must congratulate you on passing the exam.",
    ],
  },
);

// Condescension of fresh wordings: knowing by now, the obvious, someone of the reader's to
// explain it, most people manage it on their own, tried reading the manual, a difficult concept
// for you, "really not that complicated, you just ...", supposing the reader did not read.
check(
  "condescension: by now, obvious, someone to explain, most manage, tried reading",
  {
    de: [
      "Wie Sie inzwischen sicher wissen, beträgt die Garantie ein Jahr.",
      "Ich hätte gedacht, dass es offensichtlich ist, wo der Stecker hingehört.",
      "Ich dachte eigentlich, das sei selbsterklärend.",
      "Vielleicht kann Ihnen jemand in Ihrem Büro das erklären.",
      "Die meisten Kunden bekommen das ohne Hilfe hin.",
      "Haben Sie schon mal probiert, die Anleitung zu lesen?",
      "Mir ist klar, dass das für Sie ein schwieriges Konzept ist.",
      "So kompliziert ist das wirklich nicht, Sie drücken einfach den roten Knopf.",
      "Ich gehe mal davon aus, dass Sie die Bedingungen nicht gelesen haben.",
      "Das Denken kann ich Ihnen leider nicht abnehmen.",
    ],
    en: [
      "As I'm sure you know by now, the warranty is one year.",
      "I'd have thought it was obvious that the plug goes into the wall.",
      "Perhaps someone in your office can explain it to you.",
      "Most customers manage to figure this out on their own.",
      "Have you tried, you know, reading the instructions?",
      "I realise this may be a difficult concept for you.",
      "I'm going to assume you didn't read the terms before signing.",
      "I'm afraid I can't do your thinking for you.",
    ],
  },
  {
    de: [
      "Wie Sie vielleicht inzwischen wissen, sind wir umgezogen.",
      "Inzwischen sollten Sie die Sendungsnummer erhalten haben.",
      "Ich hätte gedacht, dass das Paket schon da ist.",
      "Jemand aus unserem Team erklärt Ihnen das am Montag.",
      "Die meisten Kunden entscheiden sich für den Jahrestarif.",
      "Haben Sie schon probiert, den Router neu zu starten?",
      "Ich weiß, dass das für Sie eine schwierige Zeit ist.",
      "So kompliziert ist das nicht: Sie drücken den roten Knopf und warten.",
      "Ich gehe davon aus, dass Sie die Mail noch nicht bekommen haben.",
      "Wir gehen davon aus, dass Sie am Montag kommen.",
    ],
    en: [
      "As you may know by now, we have moved offices.",
      "By now you should have received the tracking number.",
      "I'd have thought the parcel would arrive by now.",
      "It's obvious that we made a mistake, and we're sorry.",
      "Someone from our team will explain it to you on Monday.",
      "Most customers manage the setup easily with our app.",
      "We tried reading the meter but the cellar was locked.",
      "I know this is a difficult time for you.",
      "I assume you haven't received the parcel yet.",
      "I guess you didn't get my mail, so here it is again.",
    ],
  },
);

// Worthlessness and ignorance: set phrases after the verb ("unter aller Kanone", "keinen Cent
// wert", "taugt nichts", "beneath contempt", "below par"), rip-off nouns, "by far the dumbest",
// and the reader said to have no idea of a field (present tense, "von"/"about").
check(
  "judgement: worthless, rip-off, by far, no clue",
  {
    de: [
      "Was Sie hier abliefern, ist unter aller Kanone.",
      "Ihre Arbeit ist keinen Cent wert.",
      "Ihr Angebot taugt nichts.",
      "Ihr Kostenvoranschlag ist reine Abzocke.",
      "Sie haben keinerlei Ahnung von Ihrem eigenen Handwerk.",
    ],
    en: [
      "Your work is beneath contempt.",
      "What you've delivered is frankly below par.",
      "Your estimate is a complete rip-off.",
      "Your offer isn't worth the paper it's written on.",
      "That is by far the dumbest idea I've ever heard.",
      "Your staff haven't got a clue about your own products.",
    ],
  },
  {
    de: [
      "Sie haben keine Ahnung, wie sehr uns das freut.",
      "Wir haben keine Ahnung von dem neuen Tarif, fragen Sie bitte die Hotline.",
      "Sie hatten keine Ahnung von der Gebühr, das ist unser Fehler.",
      "Der alte Zähler taugt nichts mehr, wir tauschen ihn.",
      "Das Angebot ist keinen Cent teurer als letztes Jahr.",
      "Die Leistung des Motors ist unter dem Durchschnitt, wir prüfen das.",
    ],
    en: [
      "You have no idea how much this means to us.",
      "You had no idea about the fee, and that's on us.",
      "We haven't got a clue about the new tariff yet, sorry.",
      "The old meter isn't worth repairing, so we'll replace it.",
      "The engine's output is below par, we'll look into it.",
      "That is by far the best idea I've heard this week.",
    ],
  },
);

// Names that insult only when aimed: clown (no longer always, since party clowns are booked),
// weasel, crook, cow.
check(
  "insult: aimed clown, weasel, crook, cow",
  {
    de: [],
    en: ["Your staff are clowns.", "You clowns lost my parcel.", "That clown in billing charged me twice.", "Tell your boss he's a spineless weasel.", "You're a bunch of crooks and con artists.", "Your receptionist is a stuck-up cow."],
  },
  {
    de: [],
    en: [
      "Our clowns at the kids' party were a hit.",
      "We booked two clowns for the company picnic.",
      "The clown costume is back in stock.",
      "Holy cow, that was fast, thank you!",
      "The farmer sold three cows at the market.",
      "Please don't let the weasel words in the contract worry you.",
      "The police caught the crooks who broke into the depot.",
    ],
  },
);

// A longer subject phrase ("Your request for a complete refit at our expense is"), and an aside
// followed by a judgement that a comma closes ("ist, mit Verlaub, das Albernste, was ...").
check(
  "judgement: long subjects, an aside before a comma-closed judgement",
  {
    de: ["Ihre Beschwerde ist, ehrlich gesagt, das Albernste, was mir diesen Monat untergekommen ist.", "Ihre Forderung nach einem kompletten Umbau auf unsere Kosten ist lächerlich."],
    en: ["Your demand for a brand-new roof at our expense is laughable.", "Your complaint is, frankly, the silliest, by a long way, that we have had."],
  },
  {
    de: ["Ihre Beschwerde ist, ehrlich gesagt, berechtigt, und wir erstatten den Betrag.", "Ihre Forderung nach einem Umbau auf unsere Kosten ist nachvollziehbar."],
    en: ["Your request for a complete refit of the shop at our expense is being reviewed.", "Your complaint is, frankly, the clearest, by a long way, that we have had."],
  },
);
