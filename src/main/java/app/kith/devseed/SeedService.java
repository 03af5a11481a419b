package app.kith.devseed;

import app.kith.shared.AccountId;
import org.springframework.stereotype.Service;

/** Generates a deterministic synthetic network into an account: the same seed gives the same data. */
@Service
public class SeedService {

    public SeedReport seed(AccountId account, int people, int interactions, long seed) {
        throw new IllegalStateException("the seed generator is being written in its own branch");
    }
}
