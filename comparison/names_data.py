"""Curated word lists for people: given names with their spelling variants, East Asian
family names (written first), and the titles that introduce a name.

A variant group's first spelling is the canonical one: "Dmitri Peskov" and "Dmitry Peskov"
both become "Dmitry Peskov".
"""

from __future__ import annotations

from .text import word_list, word_set

_VARIANT_GROUPS = (
    "Dmitry Dmitri Dmitriy Dimitri Dmitrij",
    "Sergei Sergey Serguei Sergej",
    "Alexander Aleksandr Alexandr Aleksander",
    "Alexei Alexey Aleksei Aleksey",
    "Yuri Yury Yuriy Iouri",
    "Nikolai Nikolay Nicolai",
    "Andrei Andrey",
    "Mikhail Michail",
    "Yevgeny Evgeny Evgeniy Yevgeniy",
    "Vyacheslav Viacheslav",
    "Maria Mariya",
    "Tatiana Tatyana",
    "Natalia Natalya",
    "Yelena Elena",
    "Maxim Maksim",
    "Anatoly Anatoli Anatoliy",
    "Gennady Gennadi Gennadiy",
    "Valery Valeri Valeriy",
    "Grigory Grigori Grigoriy",
    "Arkady Arkadi",
    "Vitaly Vitali Vitaliy",
    "Volodymyr Wolodymyr",
    "Oleksandr Olexandr",
    "Muhammad Mohammed Mohammad Mohamed Muhammed Mohamad",
    "Ahmed Ahmad",
    "Hussein Husain Hussain",
    "Yusuf Youssef Yousef",
)
_SINGLE = word_list(
    "Vladimir Oleg Igor Ivan Boris Pavel Viktor Konstantin Leonid Roman Ramzan Olga Anna "
    "Valentina Ekaterina Svetlana Irina Marina Petro Vitali Denys Dmytro Mykhailo Kirill "
    "Sergiy Ilya Anton Artem Nikita Denis Georgy Yevgenia "
    "James John Robert Michael William David Richard Joseph Thomas Charles Christopher "
    "Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian "
    "George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan "
    "Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Patrick Raymond Jack "
    "Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan "
    "Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur "
    "Lawrence Dylan Jesse Bryan Billy Joe Bruce Gabriel Logan Albert Alan Juan Wayne Elijah "
    "Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Jake Antony Antonio "
    "Barack Hillary Kamala Emmanuel Olaf Rishi Keir Narendra Recep Fumio Shinzo Jair Luiz "
    "Lula Jens Ursula Josep Charles Volker Annalena Giorgia Mario Pedro Javier Carlos Luis "
    "Jorge Miguel Francisco Manuel Rafael Fernando Alejandro Jean Pierre Francois Jacques "
    "Emmanuelle Marine Karine Hans Klaus Wolfgang Helmut Angela Friedrich Olaf Xavier "
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa "
    "Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa "
    "Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Helen Brenda "
    "Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet "
    "Ruth Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan "
    "Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa "
    "Kathryn Sara Janice Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn "
    "Beverly Danielle Theresa Sophia Marie Diana Natalie Isabella Charlotte Rose Alexis "
    "Adrianne Adrienne Antony Jake Jim Tom Bob Bill Mike Dan Dave Steve Tony Nancy Liz "
    "Linda Condoleezza Madeleine Rex Mike Lloyd Jared Ivanka Rudy Ali Omar Hassan Ibrahim "
    "Abdullah Khalid Salman Bashar Benjamin Yair Naftali Isaac Ehud Shimon Yoav Abdel Fattah "
    "Tayyip Ilham Nikol Kassym Shavkat Alexandre Ricardo Gustavo Nicolas Javier Andres "
    "Felipe Shigeru Yoshihide Taro Toshimitsu Yoko Hiroshi Akira Narendra Rahul Imran "
    "Shehbaz Nawaz Anwar Joko Ferdinand Rodrigo Prayut Hun Ranil Gotabaya"
)

GIVEN_NAME_CANONICAL: dict[str, str] = {
    variant: group.split()[0] for group in _VARIANT_GROUPS for variant in group.split()
}
GIVEN_NAMES: frozenset[str] = frozenset((*GIVEN_NAME_CANONICAL, *_SINGLE))

FAMILY_NAMES: frozenset[str] = word_set(
    "Kim Lee Park Choi Choe Jung Chung Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon "
    "Hwang Ahn Song Ryu Moon Ri Pak Jo Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou "
    "Hu Wen Deng Mao Jiang"
)

TITLES: frozenset[str] = word_set(
    "president vice-president leader minister premier chancellor spokesman spokeswoman "
    "spokesperson secretary secretary-general governor mayor advisor adviser ambassador "
    "envoy general commander chief chairman chairwoman chair director senator "
    "congressman congresswoman king queen prince princess pope dictator prosecutor "
    "judge mr mrs ms dr sir lord lady gen col lt sgt ceo emperor sheikh executive officer head "
    "brigadier colonel captain lieutenant sergeant inspector superintendent commissioner "
    "manager coordinator teacher headteacher headmaster headmistress principal skipper pilot"
)
TITLE_MODIFIERS: frozenset[str] = word_set(
    "deputy vice prime foreign defense defence interior finance natural resources "
    "national security state regional supreme former acting senior press first "
    "economy trade justice health energy culture executive chief financial operating"
)

# Nicknames and the formal given names they stand for ("Jim Mattis" is "James Mattis"). A
# nickname matches its formal names and any other nickname of them ("Jim" and "Jimmy").
_NICKNAME_GROUPS = (
    "James: Jim Jimmy Jamie",
    "Joseph: Joe Joey",
    "William: Bill Billy Will Willy Liam",
    "Robert: Bob Bobby Rob Robby",
    "Michael: Mike Mikey Mick",
    "Thomas: Tom Tommy",
    "Richard: Dick Rick Ricky Rich",
    "Christopher: Chris Kit",
    "Alexander: Alex Sasha",
    "Alexandra: Alex Sasha",
    "Daniel: Dan Danny",
    "David: Dave Davy",
    "Katherine Catherine Kathryn Kathleen: Kate Katie Kathy Cathy Kat",
    "Elizabeth: Liz Lizzie Beth Betsy Betty Eliza",
    "Peter: Pete",
    "Samuel: Sam Sammy",
    "Samantha: Sam",
    "Edward: Ted Ed Eddie Ned",
    "Theodore: Ted Teddy Theo",
    "Anthony: Tony",
    "Nicholas: Nick Nicky",
    "Matthew: Matt",
    "Stephen Steven: Steve",
    "Andrew: Andy Drew",
    "Benjamin: Ben Benny Bibi",
    "Jeffrey Geoffrey: Jeff Geoff",
    "Gregory: Greg",
    "Ronald: Ron Ronnie",
    "Donald: Don Donny",
    "Charles: Chuck Charlie",
    "Lawrence: Larry",
    "Gerald: Jerry",
    "Kenneth: Ken Kenny",
    "Timothy: Tim",
    "Patrick: Pat",
    "Patricia: Pat Patty Trish",
    "Jonathan: Jon",
    "John: Jack Johnny",
    "Jacob: Jake Jack",
    "Margaret: Maggie Meg Peggy",
    "Susan: Sue Susie",
    "Deborah: Deb Debbie",
    "Rebecca: Becky",
    "Jennifer: Jen Jenny",
    "Victoria: Vicky",
    "Frederick: Fred Freddie",
    "Rudolph: Rudy",
    "Mitchell: Mitch",
    "Zachary: Zach",
    "Joshua: Josh",
    "Nancy: Nan",
)


def _nickname_forms() -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for group in _NICKNAME_GROUPS:
        formal, _, short = group.partition(":")
        for name in (*formal.split(), *short.split()):
            forms.setdefault(name.lower(), {name.lower()}).update(formal.lower().split())
    return {name: frozenset(found) for name, found in forms.items()}


# lower-cased given name -> itself and the formal names it may stand for
NICKNAME_FORMS: dict[str, frozenset[str]] = _nickname_forms()

# Titles and honorifics that may lead a name ("Representative Kevin McCarthy", "Sen.
# Chuck Schumer", "Prime Minister Rishi Sunak"); lower case, without the period.
HONORIFICS: frozenset[str] = word_set(
    "representative rep senator sen president pres vice governor gov mayor secretary "
    "minister prime dr mr mrs ms miss mx gen general judge justice speaker chancellor king "
    "queen pope congressman congresswoman sir dame lord lady prof professor rev reverend "
    "col colonel lt lieutenant sgt sergeant adm admiral capt captain maj cmdr "
    "ambassador sheikh prince princess emperor leader chairman chairwoman attorney cllr "
    "councillor councilor"
)
# Generational suffixes, ignored when names are compared ("Joseph R. Biden Jr.").
NAME_SUFFIXES: frozenset[str] = word_set("jr sr ii iii iv")
