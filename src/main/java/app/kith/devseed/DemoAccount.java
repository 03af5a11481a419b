package app.kith.devseed;

/**
 * The demo account {@link DemoService#create} made: how to sign in, and what it holds. The
 * password exists only here (the database keeps its hash), so {@link #toString} leaves it out.
 */
public record DemoAccount(String email, String password, SeedReport seeded) {

    @Override
    public String toString() {
        return "DemoAccount[email=" + email + ", seeded=" + seeded + "]";
    }
}
