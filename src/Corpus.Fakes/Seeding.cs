using Bogus;

namespace Corpus.Fakes;

/// <summary>
/// Derives one independent seed per purpose, as Bogus's <c>UseSeed</c> does per faker: the title of article 7 comes
/// from (seed, 7, "title") alone, so adding a rule or drawing one more number elsewhere never shifts it.
/// </summary>
internal static class Seeding
{
    public static int Derive(int seed, string purpose, int index = 0)
    {
        unchecked
        {
            // FNV-1a over the purpose (stable across runtimes, unlike string.GetHashCode), then a SplitMix64 finalizer.
            var hash = 14695981039346656037UL;
            foreach (var c in purpose)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            var x = hash ^ ((ulong)(uint)seed << 32) ^ (uint)index;
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return (int)(x & 0x7FFFFFFF);
        }
    }

    public static Randomizer For(int seed, string purpose, int index = 0) => new(Derive(seed, purpose, index));
}
