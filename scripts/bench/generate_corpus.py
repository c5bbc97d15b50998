#!/usr/bin/env python3
"""Writes a synthetic analysis site of N posts into DIR that both sitegen and Hugo build:

    scripts/bench/generate_corpus.py 1000 /tmp/corpus-1000 [--seed 7]

The same seed always gives the same files. DIR gets content/posts/YYYY-MM-DD-slug.md (front matter
with only title, date, description and tags), sitegen.yaml, and for Hugo hugo.toml, a minimal theme in
layouts/ matching what sitegen's default theme publishes, and static/assets/style.css (sitegen ignores
both folders). All prose is made up here from sentence templates; it only has to read like analysis.
"""
import argparse
import datetime
import pathlib
import random
import re
import shutil

REPO = pathlib.Path(__file__).resolve().parents[2]

# About 200 tags: places, organisations and subjects, with multi-word and mixed-case names.
PLACES = """Black Sea; Baltic Sea; Red Sea; South China Sea; East China Sea; Arctic; Indo-Pacific; Sahel;
Horn of Africa; Central Asia; South Caucasus; Western Balkans; Eastern Mediterranean; Persian Gulf;
Strait of Hormuz; Taiwan Strait; Korean Peninsula; Suez Canal; Panama Canal; Bosphorus; Danube;
North Korea; South Korea; Japan; China; Taiwan; India; Pakistan; Iran; Iraq; Turkey; Russia; Ukraine;
Belarus; Moldova; Georgia; Armenia; Azerbaijan; Kazakhstan; Poland; Germany; France; United Kingdom;
Italy; Spain; Finland; Sweden; Norway; Estonia; Latvia; Lithuania; Romania; Hungary; Serbia; Greece;
Egypt; Israel; Saudi Arabia; Qatar; United Arab Emirates; Nigeria; Ethiopia; Brazil; Mexico;
Venezuela; Australia; Indonesia; Vietnam; Philippines; United States; Canada; Syria; Libya; Sudan;
Yemen; Afghanistan; Mongolia; Singapore; Malaysia; Thailand; South Africa; Kenya; Argentina; Chile""".split(";")
ORGS = """NATO; EU; UN Security Council; G7; G20; OPEC; OSCE; ASEAN; African Union; IAEA; WTO; IMF;
World Bank; AUKUS; Quad; BRICS; SCO; European Commission; European Parliament; Council of Europe;
FATF; Wassenaar Arrangement; Arctic Council; ICC; UNHCR; IMO""".split(";")
SUBJECTS = """sanctions; export controls; alliance; mutual aid; deterrence; arms control; nuclear policy;
missile defence; air defence; munitions; artillery; defence industry; defence budgets; procurement;
shipping; shipping insurance; shadow fleet; ports; grain; fertiliser; energy; LNG; oil price cap;
gas pipelines; electricity grids; critical minerals; rare earths; semiconductors; supply chains;
tariffs; trade policy; investment screening; sovereign debt; central banks; SWIFT; secondary sanctions;
asset freezes; frozen reserves; cyber; space; satellites; undersea cables; drones; submarines;
naval power; logistics; conscription; treaties; diplomacy; mediation; ceasefires; peacekeeping;
refugees; migration; food security; climate policy; elections; disinformation; Cold War;
arms transfers; dual-use goods; enforcement; customs; ship-to-ship transfers; flag registries;
maritime law; freedom of navigation; border security; intelligence sharing; hybrid threats;
critical infrastructure; reconstruction; foreign aid; development finance; public opinion;
parliaments; courts; treaty law; non-proliferation; chemical weapons; hypersonic weapons; AI policy;
data flows; tech standards; industrial policy; subsidies; stockpiles; air power; basing rights;
burden sharing; extended deterrence; regional security; great power rivalry; alliances""".split(";")
TAGS = [t.strip() for t in PLACES + ORGS + SUBJECTS]

ACTORS = """the alliance; ministers; the Commission; treasury officials; port authorities; insurers;
shipowners; the defence ministry; parliament; the central bank; customs officers; regulators;
negotiators; the coalition; smaller allies; the new government; the opposition; traders; refiners;
exporters; the security council; inspectors; monitors; procurement agencies; governors;
independent analysts; the finance committee; diplomats; the navy; the coast guard""".split(";")
ACTIONS = """tightened; relaxed; extended; quietly revised; publicly defended; struggled to enforce;
paid for; delayed; renegotiated; tested; redesigned; questioned; underfunded; doubled; reviewed;
postponed; narrowed; widened; failed to coordinate; agreed on""".split(";")
OBJECTS = """the price cap; the licensing regime; the list of designated vessels; the reserve stockpile;
the joint procurement plan; the basing agreement; the export ban; the transit arrangement;
the reporting requirements; the inspection schedule; the emergency credit line; the insurance rules;
the grain corridor; the pipeline tariff; the air defence order; the ammunition contract;
the screening mechanism; the maritime patrols; the repair programme; the debt restructuring;
the ceasefire terms; the monitoring mission; the visa restrictions; the subsidy scheme""".split(";")
WHENS = """after the summit; within a year; before the winter; during the election campaign;
in the second quarter; once the court ruled; after the talks collapsed; despite the warnings;
at the last minute; over the following months; since the panel was disbanded; without much debate""".split(";")
EFFECTS = """prices rose; volumes fell; enforcement weakened; the backlog grew; trust eroded;
delivery times shortened; costs shifted to smaller firms; the gap between pledges and deliveries widened;
evasion moved to other routes; imports recovered; the currency stabilised; the coalition held""".split(";")
NOUNS = """the evidence; the record; the data; the treaty text; the budget; the official account;
the shipping data; the trade record; the satellite imagery; the court filing; the annual report""".split(";")
JUDGEMENTS = """is mixed; points the other way; is thinner than it looks; supports a narrower reading;
is hard to square with the public statements; leaves the central question open; has improved since last year;
is consistent with earlier findings; deserves more attention than it gets""".split(";")
TEMPLATES = [
    "{A} {V} {O} {W}.",
    "{A} {V} {O}, and {E}.",
    "When {a} {V} {O}, {E}.",
    "By most accounts {a} {V} {O} {W}, but {n} {J}.",
    "{N} {J}: {a} {V} {O}, yet {E}.",
    "It is often said that {a} {V} {O}; {n} {J}.",
    "The *practice* of states matters more than the wording, and here {n} {J}.",
    "Few expected that {a} would have {V} {O} {W}.",
    "{A} {V} {O}, which meant that {E} {W}.",
    "A closer look at {t} shows that {n} {J}.",
    "For {t}, the **main** consequence was simple: {E}.",
    "Critics argue that {a} {V} {O}; supporters reply that {E}.",
    "Nothing in {o} required that; {a} chose it {W}.",
    "The debate over {t} turns on whether {a} {V} {O}.",
    "Three things changed {W}: {a} {V} {O}, {E}, and {n} {J}.",
    "None of this is new for {t}, where {E} {W}.",
    "Officials describe deliveries, but {n} {J}.",
    "Seen from {t}, {o} looks less like a policy than a bargain.",
]
HEADINGS = """Background; What changed; The legal question; The evidence so far; Enforcement; Costs and
who pays them; Winners and losers; What allies think; The view from the region; Market effects;
What to watch; Outlook; Scenarios; Open questions; Policy options; Lessons from earlier cases;
How we got here; The numbers""".split(";")
TITLES = [
    "{T1} and {T2}: what the record shows",
    "Why {t1} matters for {t2}",
    "The limits of {t1}",
    "Reading the new rules on {t1}",
    "{T1} after the summit",
    "How {t1} reshapes {t2}",
    "Five questions on {t1} and {t2}",
    "What {t1} means for {t2}",
    "{T1}: a second look",
    "The quiet shift in {t1}",
    "Counting the cost of {t1}",
    "{T1}, {t2} and the next budget",
]
DESCRIPTIONS = [
    "What changed in {t1}, who pays for it, and what it means for {t2}.",
    "A close reading of the record on {t1}, with the numbers that matter.",
    "Why the debate over {t1} keeps returning to {t2}, and what to watch next.",
    "The evidence on {t1} is thinner than the headlines suggest.",
]


def split(items):
    return [i.strip() for i in items if i.strip()]


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def cap(text):
    return text[0].upper() + text[1:]


class Corpus:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.tags = list(TAGS)
        assert len({slugify(t) for t in self.tags}) == len(self.tags), "two tags share a slug"
        self.rng.shuffle(self.tags)  # popularity rank: Zipf weights 1/rank
        self.weights = [1 / (rank + 1) for rank in range(len(self.tags))]
        self.sentences = [self.sentence() for _ in range(400)]
        self.slugs = set()

    def sentence(self):
        r = self.rng
        actor, obj = r.choice(split(ACTORS)), r.choice(split(OBJECTS))
        noun = r.choice(split(NOUNS))
        text = r.choice(TEMPLATES).format(
            A=cap(actor), a=actor, V=r.choice(split(ACTIONS)), O=obj, o=obj, W=r.choice(split(WHENS)),
            E=r.choice(split(EFFECTS)), N=cap(noun), n=noun, J=r.choice(split(JUDGEMENTS)),
            t=r.choice(self.tags))
        return cap(text)

    def pick_tags(self):
        chosen, count = [], self.rng.randint(2, 6)
        while len(chosen) < count:
            tag = self.rng.choices(self.tags, self.weights)[0]
            if tag not in chosen:
                chosen.append(tag)
        return chosen

    def paragraph(self, tags):
        r = self.rng
        words = r.sample(self.sentences, r.randint(3, 6))
        if r.random() < 0.15:
            words.append(f"See the [earlier analysis of {tags[0]}](https://example.org/{slugify(tags[0])}/).")
        return " ".join(words)

    def body(self, tags):
        r = self.rng
        target, words, parts = r.randint(800, 1400), 0, []
        headings = r.sample(split(HEADINGS), r.randint(3, 6))
        table, footnotes = r.random() < 1 / 3, r.random() < 1 / 3
        notes = []

        def add(text):
            nonlocal words
            parts.append(text)
            words += len(text.split())

        add(self.paragraph(tags))
        for i, heading in enumerate(headings):
            add(f"## {heading}")
            section_end = words + (target - words) // (len(headings) - i)
            while True:
                paragraph = self.paragraph(tags)
                if footnotes and len(notes) < 4 and r.random() < 0.25:
                    notes.append(len(notes) + 1)
                    paragraph += f"[^{notes[-1]}]"
                add(paragraph)
                if words >= section_end:
                    break
            if i == 0:
                add("\n".join(f"- {r.choice(self.sentences)}" for _ in range(r.randint(3, 5))))
            if i == 1 and table:
                rows = [f"| {year} | {r.randint(200, 5000):,} | {r.randint(-30, 60):+d}% |"
                        for year in range(2019, 2019 + r.randint(3, 6))]
                add("| Year | Volume | Change |\n| :--- | ---: | ---: |\n" + "\n".join(rows))
        if footnotes and not notes:
            notes.append(1)
            parts[-1] += "[^1]"
        for n in notes:
            add(f"[^{n}]: Figures from the annual report, table {r.randint(1, 40)}; see https://example.org/report-{r.randint(1, 999)}.")
        return "\n\n".join(parts) + "\n"

    def post(self, start, days):
        r = self.rng
        tags = self.pick_tags()
        t1, t2 = tags[0], tags[1]
        title = r.choice(TITLES).format(T1=cap(t1), t1=t1, T2=cap(t2), t2=t2)
        date = start + datetime.timedelta(days=r.randrange(days))
        slug = base = "-".join(slugify(title).split("-")[:8])
        n = 1
        while slug in self.slugs:
            n += 1
            slug = f"{base}-{n}"
        self.slugs.add(slug)
        front = "\n".join([
            "---", f"title: {quote(title)}", f"date: {date.isoformat()}",
            f"description: {quote(r.choice(DESCRIPTIONS).format(t1=t1, t2=t2))}",
            "tags: [" + ", ".join(quote(t) for t in tags) + "]", "---", "", ""])
        return f"{date.isoformat()}-{slug}.md", front + self.body(tags)


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


SITEGEN_YAML = """title: Benchmark Brief
baseURL: https://bench.example.org/
paginate: 10
timeZone: UTC
"""


def write(count, folder, seed):
    folder = pathlib.Path(folder)
    if folder.exists():
        shutil.rmtree(folder)
    posts = folder / "content" / "posts"
    posts.mkdir(parents=True)
    corpus = Corpus(seed)
    start = datetime.date(2016, 1, 1)
    days = (datetime.date(2025, 12, 31) - start).days
    for _ in range(count):
        name, text = corpus.post(start, days)
        (posts / name).write_text(text, encoding="utf-8")
    (folder / "sitegen.yaml").write_text(SITEGEN_YAML, encoding="utf-8")
    theme = pathlib.Path(__file__).resolve().parent / "hugo"
    shutil.copy(theme / "hugo.toml", folder / "hugo.toml")
    shutil.copytree(theme / "layouts", folder / "layouts")
    (folder / "static" / "assets").mkdir(parents=True)
    shutil.copy(REPO / "templates" / "assets" / "style.css", folder / "static" / "assets" / "style.css")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of posts")
    parser.add_argument("folder", help="target folder (replaced)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(args.count, args.folder, args.seed)


if __name__ == "__main__":
    main()
