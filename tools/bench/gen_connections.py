#!/usr/bin/env python3
"""Writes a LinkedIn Connections.csv of ROWS rows in LinkedIn's own layout, for ./bench.

    tools/bench/gen_connections.py ROWS OUT.csv [SEED]

The layout is what a LinkedIn data export holds: a byte-order mark, the "Notes:" preamble, a blank
line, then the header `First Name,Last Name,URL,Email Address,Company,Position,Connected On` and one
row per connection, dated like `03 Feb 2020`. Like real exports, most rows have no email, some have
" -" or nothing as the company, companies with commas are quoted and names carry accents. Every row
is a different person (its own profile URL and name), so an import into an empty account creates
ROWS people. The same SEED gives the same file.
"""
import random
import sys
import unicodedata

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing.'
    " You will only see email addresses for connections who have allowed their connections to see or"
    " download their email address using this setting https://www.linkedin.com/psettings/privacy/email."
    ' You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
)
FIRST = """Ada Ahmed Aiko Alejandro Aleksander Amara Ana Andrea Anouk Arjun Astrid Aylin Bartholomew Beatriz
Bilal Bjørn Bo Camille Carlos Catalina Chen Chiara Chloé Chukwuemeka Dara David Diego Dmitri Eitan Eleni
Elif Émilie Emma Erik Esra Fatima Felipe Finn Francesca Gabriel Giulia Goran Grace Hamid Hana Hannah
Henrik Hiroshi Ifeoma Ingrid Isabel Ivan Ivo Jakub Jana Javier Jin Joanna Jonas Jorge Joséphine Jun
Kai Kamala Karin Katarzyna Kenji Kofi Lars Laura Leila Lena Liam Lucía Luka Magnus Maria Mariam Mateo
Matteo Maya Mehmet Mei Mikael Mina Mohammed Nadia Naledi Nia Nikolai Noah Nora Olga Omar Oskar Paolo
Pia Pierre Priya Quinn Rafael Rania Ravi Rosa Ruth Sakura Samir Sara Sebastián Sofia Søren Sven
Tariq Tara Thandiwe Theo Tomás Uma Valentina Victor Wei Xavier Yara Yusuf Zainab Zoë Zofia""".split()
LAST = """Abe Adeyemi Akhtar Almeida Andersen Bakker Banerjee Becker Bianchi Blanc Bondarenko Brown Castro
Chatterjee Chen Costa Dąbrowski Dang Dubois Dufour Eriksson Fernández Fischer Fontaine García Gomez Gruber
Haddad Hansen Hoffmann Horvat Ibrahim Ivanova Jansen Jensen Johansson Kaya Kim Kowalski Kumar Laurent
Lefèvre Lindqvist López Mahlangu Martin Medina Mehta Meyer Moreau Müller Nakamura Ng Nguyen Novak Nowak
O'Brien Okafor Okonkwo Olsen Ortiz Öztürk Pereira Petrov Popescu Quinlan Rahman Ramos Rossi Russo
Sánchez Santos Sato Schmidt Schneider Silva Smith Sørensen Suzuki Svensson Takahashi Tanaka Torres
Vasquez Virtanen Volkov Wagner Walsh Wang Weber Wójcik Wróblewski Yamamoto Yilmaz Young Zhang
Zimmermann""".split()
COMPANY_WORDS = """Analytical Anchor Apex Atlas Beacon Birch Blue Bright Cedar Cobalt Copper Delta Ember
Fjord Granite Harbor Helix Indigo Juniper Kestrel Lumen Maple Meridian Nimbus North Oak Orbit Pine
Prism Quartz River Saffron Sierra Summit Tidal Verde Willow Zenith""".split()
COMPANY_KINDS = ["Labs", "Traders", "Engines", "Partners", "Health", "Bank", "Studio", "Foods", "Logistics",
                 "Energy", "Software", "Consulting", "Capital", "Robotics", "Media", "University"]
POSITIONS = ["Software Engineer", "Senior Software Engineer", "Product Manager", "Designer", "CTO", "CEO",
             "Founder", "Co-Founder & CEO", "Partner", "Data Scientist", "Head of Sales", "Recruiter",
             "Engineering Manager", "Account Executive", "Marketing Lead", "Research Scientist", "Professor",
             "Student", "Consultant", "VP Engineering", "Director, Operations", "Analyst"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def slug(text):
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c if c.isalnum() else "-" for c in plain).strip("-")


def csv_field(value):
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def employers(rng, count):
    names = set()
    while len(names) < count:
        if rng.random() < 0.15:
            name = f"{rng.choice(LAST)}, {rng.choice(LAST)} & Co"
        else:
            name = f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_KINDS)}"
            if rng.random() < 0.3:
                name += f" {rng.choice(['Inc.', 'GmbH', 'AB', 'Ltd', 'S.A.', 'Group'])}"
        names.add(name)
    return sorted(names)


def rows(count, seed):
    rng = random.Random(seed)
    pairs = [(first, last) for first in FIRST for last in LAST]
    rng.shuffle(pairs)
    companies = employers(rng, min(3000, max(20, count // 15)))
    for i in range(count):
        first, last = pairs[i % len(pairs)]
        if i >= len(pairs):
            # More rows than name pairs: a middle initial keeps the names apart, as in real networks.
            first = f"{first} {chr(ord('A') + (i // len(pairs) - 1) % 26)}."
        url = f"https://www.linkedin.com/in/{slug(first)}-{slug(last)}-{i:x}"
        email = f"{slug(first)}.{slug(last)}.{i}@example.com" if rng.random() < 0.12 else ""
        roll = rng.random()
        company = " -" if roll < 0.05 else "" if roll < 0.1 else rng.choice(companies)
        position = "" if roll < 0.1 or rng.random() < 0.05 else rng.choice(POSITIONS)
        connected = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2008, 2025)}"
        yield ",".join(csv_field(v) for v in (first, last, url, email, company, position, connected))


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: gen_connections.py ROWS OUT.csv [SEED]")
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) == 4 else 1
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + PREAMBLE)
        for row in rows(count, seed):
            f.write(row + "\n")


if __name__ == "__main__":
    main()
