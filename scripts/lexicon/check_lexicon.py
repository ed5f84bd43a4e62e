#!/usr/bin/env python3
"""Check the newsmark lexicon files and print entry counts.

Checks, per file:
  * the file starts with comment lines and states its PROVENANCE;
  * every required section is present and non-empty, no section repeats;
  * no entry is duplicated within a section;
  * no entry has leading/trailing whitespace, tabs or an inline '#';
  * a sample of entries the brief names explicitly is present.
Optionally (if the PyPI package pycountry is importable) lists ISO 3166-1
countries whose name, common name and official name are all missing from
places.txt [country] (informational; territories are expected there).

Exit status 1 if any check fails.  Run: python3 scripts/check_lexicon.py
"""
import os
import sys
from collections import Counter, OrderedDict

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "data", "lexicon")

REQUIRED = {
    "places.txt": ["country", "city", "state", "region"],
    "groups.txt": ["nationality", "religion", "political"],
    "organisations.txt": ["org", "suffix", "head"],
    "people.txt": ["honorific", "first", "surname_particle"],
    "titles.txt": ["role", "modifier"],
    "dates.txt": ["month", "weekday", "relative", "time"],
    "numbers.txt": ["cardinal", "unit"],
}

MUST_HAVE = {
    ("places.txt", "country"): ["United Arab Emirates", "UK", "U.K.", "Britain",
        "Great Britain", "US", "U.S.", "USA", "America", "UAE", "Saudi Arabia",
        "Netherlands", "Ivory Coast", "Czechia", "Burma", "North Korea",
        "South Korea", "Palestine", "Taiwan", "Kosovo", "Vatican", "England",
        "Scotland", "Wales", "Northern Ireland"],
    ("places.txt", "city"): ["Beijing", "Mumbai", "Riyadh", "Doha", "Manama",
        "Tel Aviv", "Jerusalem", "Ramallah", "Lagos", "São Paulo", "Sao Paulo",
        "Norwich", "Manchester", "Birmingham", "Leeds", "Glasgow", "London",
        "New York", "Los Angeles", "Chicago"],
    ("places.txt", "state"): ["California", "Texas", "Ontario", "Queensland",
        "Bavaria", "Punjab"],
    ("places.txt", "region"): ["Middle East", "Gaza Strip", "Gaza", "West Bank",
        "Sinai", "Kashmir", "Balkans", "Gulf", "Persian Gulf", "Red Sea",
        "Mediterranean", "Sahara", "Himalayas", "Siberia", "Scandinavia",
        "Caribbean", "Midwest", "Silicon Valley"],
    ("groups.txt", "nationality"): ["Palestinian", "Palestinians", "Israeli",
        "Israelis", "Arab", "Arabs", "British", "Briton", "Britons", "American",
        "Americans", "Saudi", "Saudis", "Emirati"],
    ("groups.txt", "religion"): ["Muslim", "Muslims", "Christian", "Jewish",
        "Jews", "Sunni", "Shia", "Shiite", "Hindu", "Sikh", "Buddhist",
        "Catholic", "Protestant", "Evangelical"],
    ("groups.txt", "political"): ["Democrat", "Democrats", "Republican",
        "Republicans", "Conservative", "Conservatives", "Tory", "Tories",
        "Liberal Democrats", "Socialist", "Communist", "Labourite"],
    ("organisations.txt", "org"): ["United Nations", "UN", "NATO",
        "European Union", "EU", "Arab League", "Hamas", "Hezbollah", "Labour",
        "Labour Party", "Conservative Party", "Democratic Party",
        "Republican Party", "FBI", "CIA", "Pentagon", "White House", "Kremlin",
        "Downing Street", "BBC", "CNN", "Reuters", "Fox News", "New York Times",
        "Google", "Apple", "Microsoft", "Amazon", "WHO", "IMF", "World Bank",
        "Red Cross", "Amnesty International", "Supreme Court", "Congress",
        "Senate", "House of Commons", "Parliament"],
    ("organisations.txt", "suffix"): ["Council", "Party", "Ministry", "League",
        "Inc", "Inc.", "Corp", "Corporation", "Ltd", "Company", "Co",
        "University", "College", "Committee", "Commission", "Department",
        "Agency", "Association", "Union", "Bank", "Group", "Institute",
        "Foundation", "Court", "Parliament", "Assembly", "Authority", "Service",
        "Police", "Army", "Navy", "Forces", "Office", "Embassy", "Federation",
        "Organisation", "Organization", "Society", "Trust", "Network", "Times",
        "Post", "News", "Herald", "Journal", "Club", "FC", "United"],
    ("organisations.txt", "head"): ["Ministry", "Department", "Bank",
        "University", "Council", "Commission", "Office", "Court", "House",
        "Church"],
    ("people.txt", "honorific"): ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr",
        "Dr.", "Prof", "Sir", "Dame", "Lord", "Lady", "Sheikh", "Sheikha",
        "Emir", "Prince", "Princess", "King", "Queen", "Imam", "Rabbi",
        "Father", "Rev", "Rev.", "Pope", "Ayatollah", "Sen.", "Rep.", "Gov.",
        "Gen.", "President", "Senator", "Governor", "Prime Minister",
        "Chancellor"],
    ("people.txt", "first"): ["Keir", "Husam", "Hassan", "Khalid", "Fawaz",
        "Mohammed", "Muhammad", "Ahmed", "Fatima", "Aisha", "Priya", "Olena"],
    ("people.txt", "surname_particle"): ["Al", "al", "El", "el", "bin", "ibn",
        "bint", "Abu", "van", "von", "der", "de", "da", "di", "du", "del", "la",
        "le", "Mac", "O'"],
    ("titles.txt", "role"): ["leader", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "deputy ambassador", "minister",
        "prime minister", "foreign minister", "president", "vice president",
        "secretary", "secretary of state", "chairman", "chairwoman", "chair",
        "head", "chief executive", "director", "deputy", "councillor",
        "councilor", "MP", "senator", "governor", "mayor", "lawmaker",
        "official", "diplomat", "envoy", "general", "commander", "judge",
        "prosecutor", "lawyer", "analyst", "professor"],
    ("titles.txt", "modifier"): ["deputy", "former", "acting", "shadow",
        "senior", "interim", "vice", "assistant", "chief", "foreign", "defence",
        "defense", "home", "health"],
    ("dates.txt", "month"): ["January", "December", "Jan", "Feb", "Sept"],
    ("dates.txt", "weekday"): ["Monday", "Sunday"],
    ("dates.txt", "relative"): ["today", "yesterday", "tomorrow", "tonight",
        "overnight", "last week", "next week", "this week", "last month",
        "earlier this week"],
    ("dates.txt", "time"): ["morning", "afternoon", "evening", "noon",
        "midnight", "a.m.", "p.m.", "am", "pm"],
    ("numbers.txt", "cardinal"): ["one", "twenty", "thirty", "ninety",
        "hundred", "thousand", "million", "billion", "trillion", "dozen",
        "dozens", "hundreds", "thousands", "millions"],
    ("numbers.txt", "unit"): ["percent", "per cent", "%", "km", "kilometres",
        "kilometers", "miles", "metres", "meters", "feet", "kg", "kilograms",
        "pounds", "tonnes", "tons", "litres", "degrees", "acres", "hectares"],
}


def parse(path):
    """Return (header_lines, OrderedDict section -> list of entries, errors)."""
    header, sections, errors = [], OrderedDict(), []
    current = None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            s = line.strip()
            if current is None and (s.startswith("#") or not s):
                header.append(s)
                continue
            if not s or s.startswith("#"):
                continue
            if s.startswith("[") and s.endswith("]"):
                current = s[1:-1]
                if current in sections:
                    errors.append(f"{path}:{n}: section [{current}] repeated")
                sections.setdefault(current, [])
                continue
            if current is None:
                errors.append(f"{path}:{n}: entry before any section")
                continue
            if line != s or "\t" in line:
                errors.append(f"{path}:{n}: stray whitespace in {line!r}")
            if "#" in s and s != "#":
                errors.append(f"{path}:{n}: inline '#' in {s!r}")
            sections[current].append(s)
    return header, sections, errors


def main():
    failed = False
    all_sections = {}
    for fname, required in REQUIRED.items():
        path = os.path.join(ROOT, fname)
        if not os.path.exists(path):
            print(f"MISSING FILE {fname}")
            failed = True
            continue
        header, sections, errors = parse(path)
        all_sections[fname] = sections
        if not any("PROVENANCE" in h for h in header):
            errors.append(f"{fname}: header does not state PROVENANCE")
        for sec in required:
            if sec not in sections:
                errors.append(f"{fname}: required section [{sec}] missing")
        for sec, entries in sections.items():
            if not entries:
                errors.append(f"{fname}: section [{sec}] is empty")
            for e, c in Counter(entries).items():
                if c > 1:
                    errors.append(f"{fname}: [{sec}] duplicate {e!r} x{c}")
        total = sum(len(v) for v in sections.values())
        counts = ", ".join(f"[{k}] {len(v)}" for k, v in sections.items())
        print(f"{fname:20s} {total:5d}  {counts}")
        for e in errors:
            print("  ERROR", e)
        failed |= bool(errors)

    for (fname, sec), wanted in MUST_HAVE.items():
        have = set(all_sections.get(fname, {}).get(sec, []))
        missing = [w for w in wanted if w not in have]
        if missing:
            print(f"  ERROR {fname} [{sec}] lacks: {missing}")
            failed = True

    try:
        import pycountry  # optional cross-check
    except ImportError:
        print("(pycountry not installed: ISO 3166-1 cross-check skipped)")
    else:
        have = set(all_sections["places.txt"]["country"])
        gaps = []
        for c in pycountry.countries:
            names = {c.name, getattr(c, "common_name", None),
                     getattr(c, "official_name", None)}
            if not names & have:
                gaps.append(f"{c.alpha_2} {c.name}")
        print(f"ISO 3166-1 entries with no exact name match in [country] "
              f"(pycountry {getattr(pycountry, '__version__', '?')}): "
              f"{len(gaps)}")
        for g in gaps:
            print("   ", g)

    print("RESULT:", "FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
